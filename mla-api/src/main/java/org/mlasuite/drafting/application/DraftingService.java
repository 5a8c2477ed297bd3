package org.mlasuite.drafting.application;

import java.util.Optional;
import java.util.function.Function;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Fingerprint;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftPage;
import org.mlasuite.drafting.domain.DraftRepository;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.drafting.domain.NotPermitted;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * Drafting use cases, each for a user: a draft the user may not read is reported as absent (so that its
 * existence does not leak), one the user may read but not change is refused. Every change is audited with the
 * SHA-256 of the request JSON concerned.
 */
public final class DraftingService {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String TYPE = "request";

    private final DraftRepository drafts;
    private final DocumentValidator validator;
    private final AuditLog audit;
    private final Function<RequestDocument, String> json;

    public DraftingService(DraftRepository drafts, DocumentValidator validator, AuditLog audit,
            Function<RequestDocument, String> json) {
        this.drafts = drafts;
        this.validator = validator;
        this.audit = audit;
        this.json = json;
    }

    public Draft create(RequestDocument document, DraftUser user) {
        validator.validate(document);
        Draft draft = drafts.add(document, user.username());
        record(user, "request.create", draft);
        return draft;
    }

    public Optional<Draft> get(String id, DraftUser user) {
        return drafts.find(id).filter(user::mayRead);
    }

    public Optional<Draft> replace(String id, long expectedVersion, RequestDocument document, DraftUser user) {
        validator.validate(document);
        if (changeable(id, user).isEmpty()) {
            return Optional.empty();
        }
        Optional<Draft> replaced = drafts.replace(id, expectedVersion, document);
        replaced.ifPresent(d -> record(user, "request.update", d));
        return replaced;
    }

    public boolean delete(String id, long expectedVersion, DraftUser user) {
        Optional<Draft> draft = changeable(id, user);
        if (draft.isEmpty() || !drafts.remove(id, expectedVersion)) {
            return false;
        }
        record(user, "request.delete", draft.get());
        return true;
    }

    /** Records that the user had the letter of request of a draft produced: what left the system, and as which content. */
    /** A document made from the draft left the server: the request itself, or the completeness report on it. */
    public void rendered(Draft draft, DraftUser user, String document) {
        audit.record(entry(user, "request.render", draft).withDetail(document + ", version " + draft.version()));
    }

    public DraftPage list(int page, int size, DraftUser user) {
        return drafts.list(page, size, user);
    }

    private Optional<Draft> changeable(String id, DraftUser user) {
        Optional<Draft> draft = get(id, user);
        if (draft.isPresent() && !user.mayChange(draft.get())) {
            audit.record(AuditEntry.about(user.username(), "request.change", TYPE, id, Outcome.DENIED));
            throw new NotPermitted("Only the owner of request " + id + " may change or delete it.");
        }
        return draft;
    }

    private void record(DraftUser user, String action, Draft draft) {
        audit.record(entry(user, action, draft).withDetail("version " + draft.version()));
    }

    private AuditEntry entry(DraftUser user, String action, Draft draft) {
        return AuditEntry.about(user.username(), action, TYPE, draft.id(), Outcome.SUCCESS)
                .withContent(Fingerprint.sha256(json.apply(draft.document())));
    }
}
