package org.mlasuite.training.application;

import java.util.List;
import org.mlasuite.training.domain.TrainingSession;

/**
 * Everything a trainer's record of a session shows: the session, a summary per scenario in the session's order,
 * and one row per trainee and exercise, by trainee, then in the session's scenario order.
 */
public record SessionResults(TrainingSession session, List<ScenarioSummary> scenarios, List<ResultRow> rows) {

    public SessionResults {
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
    }

    /** The trainees who opened at least one exercise, in the order of the rows. */
    public List<String> trainees() {
        return rows.stream().map(ResultRow::trainee).distinct().toList();
    }
}
