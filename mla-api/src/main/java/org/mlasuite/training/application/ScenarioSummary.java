package org.mlasuite.training.application;

import java.util.List;

/**
 * How a session went on one of its scenarios: how many trainees started and submitted it, and the median score of
 * the submitted answers. The median rather than the mean, because a class of a dozen is easily skewed by one
 * trainee who submitted an empty form to see the feedback.
 *
 * @param medianScore the median of the submitted scores, in points out of {@code maxScore}; null when none was submitted
 */
public record ScenarioSummary(String scenarioId, String title, int maxScore, int rubricItems, int started, int submitted,
        Double medianScore) {

    /** The summary of a scenario from the session's results table (rows of other scenarios are ignored). */
    static ScenarioSummary of(String scenarioId, String title, int maxScore, int rubricItems, List<ResultRow> rows) {
        List<ResultRow> mine = rows.stream().filter(r -> r.scenarioId().equals(scenarioId)).toList();
        List<Integer> scores = mine.stream().filter(ResultRow::submitted).map(ResultRow::score).sorted().toList();
        return new ScenarioSummary(scenarioId, title, maxScore, rubricItems, mine.size(), scores.size(), median(scores));
    }

    /** The middle value of sorted numbers, or the mean of the two middle ones; null for none. */
    static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
