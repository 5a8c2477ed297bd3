package org.mlasuite.training.domain;

import java.time.LocalDateTime;
import java.util.List;

/** A class a trainer runs: chosen scenarios, and a code trainees join with. */
public record TrainingSession(String id, long version, String code, String title, String trainer,
        List<String> scenarioIds, LocalDateTime createdAt) {

    public TrainingSession {
        scenarioIds = List.copyOf(scenarioIds);
    }
}
