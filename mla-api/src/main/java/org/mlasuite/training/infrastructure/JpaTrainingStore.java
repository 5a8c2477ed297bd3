package org.mlasuite.training.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.platform.persistence.Transactions;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.training.domain.Exercise;
import org.mlasuite.training.domain.Grade;
import org.mlasuite.training.domain.TrainingSession;
import org.mlasuite.training.domain.TrainingStore;

/** The training sandbox in its own tables; one transaction per method. */
public final class JpaTrainingStore implements TrainingStore {

    private final Transactions transactions;
    private final RequestJson requests;
    private final Jsonb jsonb;

    public JpaTrainingStore(Supplier<EntityManagerFactory> factory, RequestJson requests, Jsonb jsonb) {
        this.transactions = new Transactions(factory);
        this.requests = requests;
        this.jsonb = jsonb;
    }

    @Override
    public TrainingSession addSession(TrainingSession s) {
        return inTransaction(em -> {
            TrainingSessionEntity row = new TrainingSessionEntity();
            row.id = UUID.randomUUID().toString();
            row.code = s.code();
            row.title = s.title();
            row.trainer = s.trainer();
            row.scenarioIds = String.join(",", s.scenarioIds());
            row.createdAt = s.createdAt();
            em.persist(row);
            em.flush();
            return session(row);
        });
    }

    @Override
    public Optional<TrainingSession> session(String id) {
        return inTransaction(em -> Optional.ofNullable(em.find(TrainingSessionEntity.class, id)).map(JpaTrainingStore::session));
    }

    @Override
    public Optional<TrainingSession> sessionByCode(String code) {
        return inTransaction(em -> em.createNamedQuery("TrainingSessionEntity.byCode", TrainingSessionEntity.class)
                .setParameter("code", code).getResultStream().findFirst().map(JpaTrainingStore::session));
    }

    @Override
    public List<TrainingSession> sessionsOf(String trainer) {
        return inTransaction(em -> em.createNamedQuery("TrainingSessionEntity.byTrainer", TrainingSessionEntity.class)
                .setParameter("trainer", trainer).getResultList().stream().map(JpaTrainingStore::session).toList());
    }

    @Override
    public Exercise addExercise(Exercise e) {
        return inTransaction(em -> {
            TrainingExerciseEntity row = new TrainingExerciseEntity();
            row.id = UUID.randomUUID().toString();
            row.sessionId = e.sessionId();
            row.trainee = e.trainee();
            row.scenarioId = e.scenarioId();
            fill(row, e);
            em.persist(row);
            em.flush();
            return exercise(row);
        });
    }

    @Override
    public Optional<Exercise> exercise(String id) {
        return inTransaction(em -> Optional.ofNullable(em.find(TrainingExerciseEntity.class, id)).map(this::exercise));
    }

    @Override
    public List<Exercise> exercises(String sessionId) {
        return inTransaction(em -> em.createNamedQuery("TrainingExerciseEntity.ofSession", TrainingExerciseEntity.class)
                .setParameter("session", sessionId).getResultList().stream().map(this::exercise).toList());
    }

    @Override
    public Optional<Exercise> updateExercise(Exercise e, long expectedVersion) {
        return inTransaction(em -> {
            TrainingExerciseEntity row = em.find(TrainingExerciseEntity.class, e.id());
            if (row == null) {
                return Optional.empty();
            }
            if (row.version != expectedVersion) {
                throw new StaleVersion(e.id(), expectedVersion, row.version);
            }
            fill(row, e);
            em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return Optional.of(exercise(row));
        });
    }

    @Override
    public int resetSession(String sessionId) {
        return inTransaction(em -> em.createNamedQuery("TrainingExerciseEntity.reset").setParameter("session", sessionId).executeUpdate());
    }

    private void fill(TrainingExerciseEntity row, Exercise e) {
        row.document = requests.write(e.document());
        row.submitted = e.submitted();
        row.score = e.grade() == null ? null : e.grade().score();
        row.maxScore = e.grade() == null ? null : e.grade().maxScore();
        row.grade = e.grade() == null ? null : jsonb.toJson(e.grade());
        row.submittedAt = e.submittedAt();
        row.updatedAt = e.updatedAt();
    }

    private Exercise exercise(TrainingExerciseEntity r) {
        return new Exercise(r.id, r.version, r.sessionId, r.trainee, r.scenarioId, requests.read(r.document), r.submitted,
                r.grade == null ? null : jsonb.fromJson(r.grade, Grade.class), r.submittedAt, r.updatedAt);
    }

    private static TrainingSession session(TrainingSessionEntity r) {
        return new TrainingSession(r.id, r.version, r.code, r.title, r.trainer,
                r.scenarioIds.isEmpty() ? List.of() : Arrays.asList(r.scenarioIds.split(",")), r.createdAt);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return transactions.runVersioned(work);
    }
}
