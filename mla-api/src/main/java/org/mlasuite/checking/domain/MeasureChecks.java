package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.MeasureType;

/**
 * What particular forms of mutual legal assistance need beyond the general contents: video hearings (UNTOC art.
 * 18(18)), temporary transfer of detained persons (18(10)-(12)), electronic evidence and coercive measures.
 */
public final class MeasureChecks {

    private MeasureChecks() {
    }

    public static List<Check> all() {
        return List.of(
                // 18(18): a hearing by video conference where it is not possible or desirable for the person to appear in person
                new MeasureRule("mla.video-hearing", Severity.WARNING, Untoc.article("18(18)"), List.of(MeasureType.VIDEO_HEARING),
                        (m, c) -> Blank.is(m.reason()) ? List.of("reason") : List.of()),
                // 18(10)(a): a detained person may be transferred only if they freely give their informed consent
                new MeasureRule("mla.temporary-transfer", Severity.BLOCKING, Untoc.article("18(10)(a)"), List.of(MeasureType.TEMPORARY_TRANSFER),
                        (m, c) -> Boolean.TRUE.equals(m.personConsents()) ? List.of() : List.of("personConsents")),
                // a provider can search only for named accounts, and the data categories decide which order the requested State needs
                new MeasureRule("mla.electronic-evidence", Severity.WARNING, Untoc.article("18(15)(d)"), List.of(MeasureType.ELECTRONIC_EVIDENCE),
                        MeasureChecks::electronicGaps),
                // a search, an inspection or a freezing order needs a place the executing authority can find
                new MeasureRule("mla.measure-location", Severity.WARNING, Untoc.article("18(15)(d)"),
                        List.of(MeasureType.SEARCH_AND_SEIZURE, MeasureType.EXAMINING_OBJECTS_AND_SITES, MeasureType.FREEZING),
                        (m, c) -> Blank.is(m.location()) ? List.of("location") : List.of()),
                // Model Treaty on MLA art. 5(1)(e): say whether sworn or affirmed evidence is required
                new MeasureRule("mla.evidence-procedure", Severity.ADVICE, ModelTreaties.mla("5(1)(e)"), List.of(MeasureType.TAKING_EVIDENCE),
                        (m, c) -> Blank.is(m.particularProcedure()) ? List.of("particularProcedure") : List.of()));
    }

    private static List<String> electronicGaps(Measure measure, CheckContext context) {
        java.util.ArrayList<String> gaps = new java.util.ArrayList<>();
        if (measure.dataCategories().isEmpty()) {
            gaps.add("dataCategories");
        }
        if (Blank.is(measure.identifiers())) {
            gaps.add("identifiers");
        }
        return gaps;
    }
}
