package org.mlasuite.training.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The row of a training session. */
@Entity
@Table(name = "training_session")
@NamedQuery(name = "TrainingSessionEntity.byCode", query = "SELECT s FROM TrainingSessionEntity s WHERE s.code = :code")
@NamedQuery(name = "TrainingSessionEntity.byTrainer", query = "SELECT s FROM TrainingSessionEntity s WHERE s.trainer = :trainer ORDER BY s.createdAt DESC")
public class TrainingSessionEntity {

    @Id
    @Column(length = 36)
    String id;

    @Version
    long version;

    @Column(name = "join_code", nullable = false, length = 12)
    String code;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 100)
    String trainer;

    @Column(name = "scenario_ids", nullable = false, columnDefinition = "TEXT")
    String scenarioIds;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;
}
