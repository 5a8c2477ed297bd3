package org.mlasuite.incoming.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.platform.persistence.Transactions;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.incoming.domain.Direction;
import org.mlasuite.incoming.domain.FingerprintCheck;
import org.mlasuite.incoming.domain.IntakeSource;
import org.mlasuite.incoming.domain.OriginalFile;
import org.mlasuite.incoming.domain.Register;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterEvent;
import org.mlasuite.incoming.domain.RegisterQuery;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;
import org.mlasuite.shared.Coded;

/** The register in the database; each method is one transaction, and every change writes its event with it. */
public final class JpaRegister implements Register {

    private static final Type DEADLINES = new ArrayList<RegisterDeadline>() { }.getClass().getGenericSuperclass();
    private static final Type DECISIONS = new ArrayList<ReviewDecision>() { }.getClass().getGenericSuperclass();

    private final Transactions transactions;
    private final RequestJson requests;
    private final Jsonb jsonb;
    private final Clock clock;

    public JpaRegister(Supplier<EntityManagerFactory> factory, RequestJson requests, Jsonb jsonb, Clock clock) {
        this.transactions = new Transactions(factory);
        this.requests = requests;
        this.jsonb = jsonb;
        this.clock = clock;
    }

    @Override
    public RegisterEntry add(RegisterEntry entry, byte[] originalContent, RegisterEvent event) {
        return inTransaction(em -> {
            String prefix = (entry.direction() == Direction.INCOMING ? "IN-" : "OUT-") + entry.receivedOn().getYear();
            RegisterCounterEntity counter = em.find(RegisterCounterEntity.class, prefix, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                counter = new RegisterCounterEntity();
                counter.name = prefix;
                counter.value = 0;
                em.persist(counter);
            }
            counter.value++;
            RegisterEntryEntity row = new RegisterEntryEntity();
            row.id = UUID.randomUUID().toString();
            row.registerNumber = prefix + "-" + String.format("%04d", counter.value);
            row.createdAt = now();
            fill(row, entry);
            em.persist(row);
            if (originalContent != null) {
                RegisterFileEntity file = new RegisterFileEntity();
                file.entryId = row.id;
                file.content = Base64.getEncoder().encodeToString(originalContent);
                em.persist(file);
            }
            em.persist(event(row.id, 1, event));
            em.flush();
            return toEntry(row);
        });
    }

    @Override
    public Optional<RegisterEntry> find(String id) {
        return inTransaction(em -> Optional.ofNullable(em.find(RegisterEntryEntity.class, id)).map(this::toEntry));
    }

    @Override
    public Optional<RegisterEntry> update(RegisterEntry entry, long expectedVersion, RegisterEvent event) {
        return inTransaction(em -> {
            RegisterEntryEntity row = em.find(RegisterEntryEntity.class, entry.id());
            if (row == null) {
                return Optional.empty();
            }
            if (row.version != expectedVersion) {
                throw new StaleVersion(entry.id(), expectedVersion, row.version);
            }
            fill(row, entry);
            em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Integer last = em.createNamedQuery("RegisterEventEntity.last", Integer.class).setParameter("entry", row.id).getSingleResult();
            em.persist(event(row.id, last == null ? 1 : last + 1, event));
            em.flush();
            return Optional.of(toEntry(row));
        });
    }

    @Override
    public List<RegisterEntry> list(RegisterQuery query) {
        return inTransaction(em -> em.createNamedQuery("RegisterEntryEntity.all", RegisterEntryEntity.class).getResultList()
                .stream().map(this::toEntry).filter(query::matches).toList());
    }

    @Override
    public List<RegisterEvent> history(String id) {
        return inTransaction(em -> em.createNamedQuery("RegisterEventEntity.of", RegisterEventEntity.class)
                .setParameter("entry", id).getResultList().stream()
                .map(e -> new RegisterEvent(e.at, e.actor, e.action, status(e.fromStatus), status(e.toStatus), e.note))
                .toList());
    }

    @Override
    public Optional<byte[]> original(String id) {
        return inTransaction(em -> Optional.ofNullable(em.find(RegisterFileEntity.class, id))
                .map(f -> Base64.getDecoder().decode(f.content)));
    }

    private void fill(RegisterEntryEntity row, RegisterEntry e) {
        row.direction = e.direction().code();
        row.source = e.source().code();
        row.receivedOn = e.receivedOn();
        row.requestingState = e.requestingState();
        row.requestedState = e.requestedState();
        row.type = e.type() == null ? null : e.type().code();
        row.theirReference = e.theirReference();
        row.subject = e.subject();
        row.status = e.status().code();
        row.assignee = e.assignee();
        row.document = e.document() == null ? null : requests.write(e.document());
        if (e.original() != null) {
            row.originalName = e.original().name();
            row.originalType = e.original().mediaType();
            row.originalSha256 = e.original().sha256();
            row.originalSize = e.original().size();
        }
        row.fingerprint = e.fingerprint();
        row.fingerprintCheck = e.fingerprintCheck().code();
        row.deadlines = jsonb.toJson(e.deadlines(), DEADLINES);
        row.decisions = jsonb.toJson(e.decisions(), DECISIONS);
        row.closedOn = e.closedOn();
        row.updatedAt = now();
    }

    private RegisterEntry toEntry(RegisterEntryEntity r) {
        OriginalFile original = r.originalSha256 == null ? null
                : new OriginalFile(r.originalName, r.originalType, r.originalSha256, r.originalSize == null ? 0 : r.originalSize);
        return new RegisterEntry(r.id, r.version, r.registerNumber, code(Direction.class, r.direction),
                code(IntakeSource.class, r.source), r.receivedOn, r.requestingState, r.requestedState,
                r.type == null ? null : code(RequestType.class, r.type), r.theirReference, r.subject,
                code(RegisterStatus.class, r.status), r.assignee, r.document == null ? null : requests.read(r.document),
                original, r.fingerprint, code(FingerprintCheck.class, r.fingerprintCheck),
                jsonb.fromJson(r.deadlines, DEADLINES), jsonb.fromJson(r.decisions, DECISIONS), r.closedOn, r.createdAt,
                r.updatedAt);
    }

    private RegisterEventEntity event(String entryId, int seq, RegisterEvent event) {
        RegisterEventEntity row = new RegisterEventEntity();
        row.seq = seq;
        row.id = UUID.randomUUID().toString();
        row.entryId = entryId;
        row.at = event.at() == null ? now() : event.at();
        row.actor = event.actor();
        row.action = event.action();
        row.fromStatus = event.from() == null ? null : event.from().code();
        row.toStatus = event.to() == null ? null : event.to().code();
        row.note = event.note();
        return row;
    }

    private static RegisterStatus status(String code) {
        return code == null ? null : code(RegisterStatus.class, code);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.byCode(type, code).orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + code));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return transactions.runVersioned(work);
    }
}
