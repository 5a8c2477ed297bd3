package org.mlasuite.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.mlasuite.drafting.domain.StaleVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import java.util.function.Supplier;

/** One unit of work in its own resource-local transaction: it commits whole or rolls back, and the manager is closed. */
public final class Transactions {

    private final Supplier<EntityManagerFactory> factory;

    public Transactions(Supplier<EntityManagerFactory> factory) {
        this.factory = factory;
    }

    /**
     * Like {@link #run}, for work on versioned rows: a version conflict detected at commit becomes
     * {@link StaleVersion#concurrent()}, which the API answers with 412.
     */
    public <T> T runVersioned(Function<EntityManager, T> work) {
        try {
            return run(work);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw StaleVersion.concurrent();
            }
            throw e;
        } catch (OptimisticLockException e) {
            throw StaleVersion.concurrent();
        }
    }

    public <T> T run(Function<EntityManager, T> work) {
        EntityManager em = factory.get().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
