package org.mlasuite.training.application;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of a session's results table: a trainee's exercise on a scenario.
 *
 * @param missed      the ids of the rubric items the answer missed
 * @param missedItems the same items with their explanation in the reader's language, for the trainer's table
 * @param itemsMet    how many rubric items the answer met; null until submitted
 * @param itemsTotal  how many rubric items the scenario has; null until submitted
 */
public record ResultRow(String trainee, String scenarioId, String scenarioTitle, boolean submitted, Integer score,
        Integer maxScore, Integer percent, List<String> missed, LocalDateTime submittedAt, List<Feedback.Item> missedItems,
        Integer itemsMet, Integer itemsTotal) {
}
