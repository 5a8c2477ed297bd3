package org.mlasuite.training.domain;

import java.time.LocalDateTime;
import org.mlasuite.drafting.domain.RequestDocument;

/** A trainee's answer to one scenario in one session: a draft until submitted, then graded once. */
public record Exercise(String id, long version, String sessionId, String trainee, String scenarioId,
        RequestDocument document, boolean submitted, Grade grade, LocalDateTime submittedAt, LocalDateTime updatedAt) {
}
