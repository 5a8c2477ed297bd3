package org.mlasuite.requirements.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Coverage;
import org.mlasuite.testing.TestData;

/**
 * legal-requirements/COVERAGE.md is what the data says: regenerated with {@code -Dmla.coverage.write=true}, and
 * the build fails when a data change was committed without it.
 */
class CoverageReportTest {

    private static final Path REPORT = TestData.dataRoot().resolve("COVERAGE.md");

    @Test
    void theCommittedReportMatchesTheData() throws IOException {
        String expected = CoverageReport.markdown(Coverage.of(TestData.catalog()));
        if (Boolean.getBoolean("mla.coverage.write")) {
            Files.writeString(REPORT, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(REPORT)).as("legal-requirements/COVERAGE.md exists").isTrue();
        assertThat(Files.readString(REPORT, StandardCharsets.UTF_8))
                .as("COVERAGE.md is stale; regenerate: ./mvnw -pl mla-api test -Dtest=CoverageReportTest -Dmla.coverage.write=true")
                .isEqualTo(expected);
    }

    @Test
    void theIssueTargetsAreMet() {
        Coverage coverage = Coverage.of(TestData.catalog());
        assertThat(coverage.states()).hasSizeGreaterThanOrEqualTo(197);
        assertThat(coverage.statesWithAllThreeTypes()).isGreaterThanOrEqualTo(60);
        Coverage.StateCoverage germany = coverage.states().stream().filter(s -> s.code().equals("DEU")).findFirst().orElseThrow();
        assertThat(germany.counts(CooperationType.EXTRADITION).verified()).isPositive();
        assertThat(germany.total().unknown()).as("named topics without an answer are counted").isPositive();
    }
}
