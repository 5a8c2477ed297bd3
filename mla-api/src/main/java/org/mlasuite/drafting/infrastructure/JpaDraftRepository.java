package org.mlasuite.drafting.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftPage;
import org.mlasuite.drafting.domain.DraftRepository;
import org.mlasuite.drafting.domain.DraftSummary;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.platform.persistence.Transactions;
import org.mlasuite.shared.Coded;

/**
 * Drafts in a relational database through an application-managed persistence unit. Each method is one
 * transaction: it commits whole or not at all, so a failed save never leaves half a draft.
 */
public final class JpaDraftRepository implements DraftRepository {

    private final Transactions transactions;
    private final RequestJson json;
    private final Clock clock;

    public JpaDraftRepository(Supplier<EntityManagerFactory> factory, RequestJson json, Clock clock) {
        this.transactions = new Transactions(factory);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Draft add(RequestDocument document, String owner) {
        return inTransaction(em -> {
            DraftEntity entity = new DraftEntity(UUID.randomUUID().toString(), now(), owner);
            fill(entity, document);
            em.persist(entity);
            em.flush();
            return toDraft(entity);
        });
    }

    @Override
    public Optional<Draft> find(String id) {
        return inTransaction(em -> Optional.ofNullable(em.find(DraftEntity.class, id)).map(this::toDraft));
    }

    @Override
    public Optional<Draft> replace(String id, long expectedVersion, RequestDocument document) {
        return inTransaction(em -> {
            DraftEntity entity = em.find(DraftEntity.class, id);
            if (entity == null) {
                return Optional.empty();
            }
            if (entity.version() != expectedVersion) {
                throw new StaleVersion(id, expectedVersion, entity.version());
            }
            fill(entity, document);
            // every accepted PUT is a new version, even when nothing changed, so ETags move predictably
            em.lock(entity, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return Optional.of(toDraft(entity));
        });
    }

    @Override
    public boolean remove(String id, long expectedVersion) {
        return inTransaction(em -> {
            DraftEntity entity = em.find(DraftEntity.class, id);
            if (entity == null) {
                return false;
            }
            if (entity.version() != expectedVersion) {
                throw new StaleVersion(id, expectedVersion, entity.version());
            }
            em.remove(entity);
            return true;
        });
    }

    @Override
    public DraftPage list(int page, int size, DraftUser user) {
        return inTransaction(em -> {
            String state = user.centralAuthorityOf();
            TypedQuery<DraftEntity> query = em.createNamedQuery(state == null ? "DraftEntity.ownPage" : "DraftEntity.ownOrStatePage",
                    DraftEntity.class).setParameter("owner", user.username());
            TypedQuery<Long> count = em.createNamedQuery(state == null ? "DraftEntity.ownCount" : "DraftEntity.ownOrStateCount",
                    Long.class).setParameter("owner", user.username());
            if (state != null) {
                query.setParameter("state", state);
                count.setParameter("state", state);
            }
            List<DraftSummary> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(e -> new DraftSummary(e.id(), e.version(), Coded.byCode(RequestType.class, e.type()).orElse(null),
                            e.title(), e.requestingState(), e.requestedState(), e.updated()))
                    .toList();
            long total = count.getSingleResult();
            return new DraftPage(items, page, size, total);
        });
    }

    private void fill(DraftEntity entity, RequestDocument document) {
        entity.fill(document.type().code(), document.title(), document.requestingState(), document.requestedState(),
                document.schemaVersion(), json.write(document), now());
    }

    private Draft toDraft(DraftEntity e) {
        return new Draft(e.id(), e.version(), e.created(), e.updated(), json.read(e.document()), e.owner());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return transactions.runVersioned(work);
    }
}
