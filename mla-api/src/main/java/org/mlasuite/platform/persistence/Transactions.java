package org.mlasuite.platform.persistence;

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
