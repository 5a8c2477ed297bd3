package org.mlasuite.training.application;

import java.util.List;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.training.domain.Exercise;

/**
 * What a trainee gets back on submission: the score, each rubric item met or missed with its explanation, and
 * the checker's findings with their citations.
 */
public record Feedback(Exercise exercise, int score, int maxScore, int percent, List<Item> items, List<Finding> findings) {

    /** A rubric item as the trainee sees it. */
    public record Item(String id, String description, int points, boolean met) {
    }
}
