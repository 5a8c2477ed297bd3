package org.mlasuite.training.domain;

import java.util.List;

/**
 * The result of a submitted exercise: each rubric item met or missed, the score and the checker's findings.
 *
 * @param findings the checker's findings on the answer, as {id, severity} pairs, for the feedback
 */
public record Grade(int score, int maxScore, List<ItemResult> items, List<String> findings) {

    public Grade {
        items = List.copyOf(items);
        findings = List.copyOf(findings);
    }

    /** One rubric item's outcome. */
    public record ItemResult(String id, boolean met, int points) {
    }

    public int percent() {
        return maxScore == 0 ? 0 : Math.round(100f * score / maxScore);
    }

    /**
     * Grades an answer: {@code document} is the answer as a plain tree, {@code blockingOrWarning} the ids of the
     * checker's findings at warning or blocking severity, {@code allFindings} every finding as "id/severity".
     */
    public static Grade of(Scenario scenario, Object document, List<String> blockingOrWarning, List<String> allFindings) {
        List<ItemResult> items = scenario.rubric().stream()
                .map(i -> new ItemResult(i.id(), i.criterion().met(document, blockingOrWarning), i.points()))
                .toList();
        int score = items.stream().filter(ItemResult::met).mapToInt(ItemResult::points).sum();
        return new Grade(score, scenario.maxScore(), items, allFindings);
    }
}
