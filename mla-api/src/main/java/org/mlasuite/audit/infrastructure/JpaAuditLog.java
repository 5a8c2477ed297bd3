package org.mlasuite.audit.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditEvent;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.AuditPage;
import org.mlasuite.audit.domain.AuditQuery;
import org.mlasuite.platform.persistence.Transactions;

/** The audit trail in the relational database: persist and query, nothing else. */
public final class JpaAuditLog implements AuditLog {

    private final Transactions tx;
    private final Clock clock;

    public JpaAuditLog(Supplier<EntityManagerFactory> factory, Clock clock) {
        this.tx = new Transactions(factory);
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        tx.run(em -> {
            AuditEventEntity e = new AuditEventEntity();
            e.at = LocalDateTime.now(clock).withNano(0);
            e.actor = entry.actor();
            e.action = entry.action();
            e.objectType = entry.objectType();
            e.objectId = entry.objectId();
            e.contentSha256 = entry.contentSha256();
            e.outcome = entry.outcome().code();
            e.detail = entry.detail();
            em.persist(e);
            return null;
        });
    }

    @Override
    public AuditPage find(AuditQuery query) {
        return tx.run(em -> {
            List<String> where = new ArrayList<>();
            if (query.objectType() != null) {
                where.add("e.objectType = :objectType");
            }
            if (query.objectId() != null) {
                where.add("e.objectId = :objectId");
            }
            if (query.actor() != null) {
                where.add("e.actor = :actor");
            }
            // the clauses are fixed strings chosen above; user input travels only as bound parameters
            String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
            TypedQuery<AuditEventEntity> items = em.createQuery("SELECT e FROM AuditEventEntity e" + filter + " ORDER BY e.id DESC",
                    AuditEventEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEventEntity e" + filter, Long.class);
            for (TypedQuery<?> q : List.of(items, count)) {
                if (query.objectType() != null) {
                    q.setParameter("objectType", query.objectType());
                }
                if (query.objectId() != null) {
                    q.setParameter("objectId", query.objectId());
                }
                if (query.actor() != null) {
                    q.setParameter("actor", query.actor());
                }
            }
            List<AuditEvent> events = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                    .getResultList().stream().map(e -> new AuditEvent(e.id, e.at, e.actor, e.action, e.objectType, e.objectId,
                            e.contentSha256, e.outcome, e.detail)).toList();
            return new AuditPage(events, query.page(), query.size(), count.getSingleResult());
        });
    }
}
