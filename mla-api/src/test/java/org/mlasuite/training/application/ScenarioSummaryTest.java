package org.mlasuite.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-scenario line of a session's results: counts, and the median of the submitted scores only. */
class ScenarioSummaryTest {

    @Test
    void theMedianIsTheMiddleScoreOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(ScenarioSummary.median(List.of())).isNull();
        assertThat(ScenarioSummary.median(List.of(7))).isEqualTo(7.0);
        assertThat(ScenarioSummary.median(List.of(2, 7, 9))).isEqualTo(7.0);
        assertThat(ScenarioSummary.median(List.of(2, 7, 8, 12))).isEqualTo(7.5);
    }

    @Test
    void startedExercisesCountButOnlySubmittedOnesHaveAScore() {
        List<ResultRow> rows = List.of(row("ana", "s1", 9), row("ben", "s1", 3), row("chen", "s1", null), row("ana", "s2", 5));
        ScenarioSummary s1 = ScenarioSummary.of("s1", "Scenario one", 12, 8, rows);
        assertThat(s1.started()).isEqualTo(3);
        assertThat(s1.submitted()).isEqualTo(2);
        assertThat(s1.medianScore()).isEqualTo(6.0);
        ScenarioSummary untouched = ScenarioSummary.of("s3", "Scenario three", 9, 5, rows);
        assertThat(untouched.started()).isZero();
        assertThat(untouched.medianScore()).isNull();
    }

    private static ResultRow row(String trainee, String scenario, Integer score) {
        boolean submitted = score != null;
        return new ResultRow(trainee, scenario, scenario, submitted, score, submitted ? 12 : null, null, List.of(),
                submitted ? LocalDateTime.of(2026, 11, 28, 10, 0) : null, List.of(), null, null);
    }
}
