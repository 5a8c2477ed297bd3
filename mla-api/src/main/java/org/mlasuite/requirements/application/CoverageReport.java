package org.mlasuite.requirements.application;

import java.util.Locale;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Coverage;
import org.mlasuite.requirements.domain.Coverage.Counts;
import org.mlasuite.requirements.domain.Coverage.StateCoverage;

/**
 * Writes legal-requirements/COVERAGE.md from the catalogue, so the published figures can never drift from the
 * data: a test fails when the committed file differs from what this produces.
 */
public final class CoverageReport {

    private CoverageReport() {
    }

    public static String markdown(Coverage coverage) {
        StringBuilder md = new StringBuilder(32 * 1024);
        Counts t = coverage.total();
        md.append("# Coverage of the legal-requirements data\n\n")
                .append("Generated from the data by `CoverageReportTest`; do not edit by hand. To regenerate after a data change:\n\n")
                .append("    ./mvnw -pl mla-api test -Dtest=CoverageReportTest -Dmla.coverage.write=true\n\n")
                .append("The same figures are served at `GET /api/coverage`.\n\n")
                .append("*Verified*: read in a primary source. *Unconfirmed*: from a secondary source or not yet checked; ")
                .append("the checker only advises on these. *Unknown*: a named topic of the profile nobody has answered; ")
                .append("the Convention's own rules apply. *Instruments*: how many instruments list the State as a party.\n\n")
                .append("## Totals\n\n")
                .append("| | Count |\n|---|---:|\n")
                .append(row("States and other parties with a profile", coverage.states().size()))
                .append(row("States with at least one sourced fact", coverage.statesWithAnyFact()))
                .append(row("States with sourced facts for all three types (extradition, MLA, confiscation)", coverage.statesWithAllThreeTypes()))
                .append(row("Verified facts", t.verified()))
                .append(row("Unconfirmed facts", t.unconfirmed()))
                .append(row("Unknown named topics", t.unknown()))
                .append("\n## Per State\n\n")
                .append("Each cell is verified / unconfirmed / unknown.\n\n")
                .append("| State | Code | Instruments | Extradition | MLA | Confiscation | All three types |\n")
                .append("|---|---|---:|---|---|---|---|\n");
        for (StateCoverage s : coverage.states()) {
            md.append("| ").append(s.name()).append(" | ").append(s.code()).append(" | ").append(s.instruments());
            for (CooperationType type : CooperationType.values()) {
                Counts c = s.counts(type);
                md.append(" | ").append(String.format(Locale.ROOT, "%d / %d / %d", c.verified(), c.unconfirmed(), c.unknown()));
            }
            md.append(" | ").append(s.sourcedForEveryType() ? "yes" : "no").append(" |\n");
        }
        return md.toString();
    }

    private static String row(String label, int value) {
        return "| " + label + " | " + value + " |\n";
    }
}
