package org.mlasuite.training.domain;

import java.util.Objects;

/** One thing a good answer does, worth some points, judged by one criterion. */
public record RubricItem(String id, Text description, int points, Criterion criterion) {

    public RubricItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(criterion);
        if (points < 1 || points > 3) {
            throw new IllegalArgumentException("A rubric item is worth 1 to 3 points: " + id);
        }
    }
}
