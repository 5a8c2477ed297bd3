package org.mlasuite.training.domain;

import java.util.List;
import java.util.Optional;

/** The training sandbox. */
public interface TrainingStore {

    TrainingSession addSession(TrainingSession session);

    Optional<TrainingSession> session(String id);

    Optional<TrainingSession> sessionByCode(String code);

    List<TrainingSession> sessionsOf(String trainer);

    Exercise addExercise(Exercise exercise);

    Optional<Exercise> exercise(String id);

    List<Exercise> exercises(String sessionId);

    /** Replaces the exercise if {@code expectedVersion} is current; empty if it no longer exists. */
    Optional<Exercise> updateExercise(Exercise exercise, long expectedVersion);

    /** Removes every exercise of the session; returns how many. */
    int resetSession(String sessionId);
}
