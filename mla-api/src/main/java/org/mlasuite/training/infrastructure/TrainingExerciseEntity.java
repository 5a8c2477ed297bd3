package org.mlasuite.training.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The row of a trainee's exercise. */
@Entity
@Table(name = "training_exercise")
@NamedQuery(name = "TrainingExerciseEntity.ofSession", query = "SELECT e FROM TrainingExerciseEntity e WHERE e.sessionId = :session ORDER BY e.trainee, e.scenarioId")
@NamedQuery(name = "TrainingExerciseEntity.reset", query = "DELETE FROM TrainingExerciseEntity e WHERE e.sessionId = :session")
public class TrainingExerciseEntity {

    @Id
    @Column(length = 36)
    String id;

    @Version
    long version;

    @Column(name = "session_id", nullable = false, length = 36)
    String sessionId;

    @Column(nullable = false, length = 100)
    String trainee;

    @Column(name = "scenario_id", nullable = false, length = 100)
    String scenarioId;

    @Column(nullable = false, columnDefinition = "TEXT")
    String document;

    @Column(nullable = false)
    boolean submitted;

    Integer score;

    @Column(name = "max_score")
    Integer maxScore;

    @Column(columnDefinition = "TEXT")
    String grade;

    @Column(name = "submitted_at")
    LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;
}
