package org.mlasuite.drafting.application;

import java.util.Optional;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftPage;
import org.mlasuite.drafting.domain.DraftRepository;
import org.mlasuite.drafting.domain.RequestDocument;

/** Drafting use cases. */
public final class DraftingService {

    public static final int MAX_PAGE_SIZE = 100;

    private final DraftRepository drafts;
    private final DocumentValidator validator;

    public DraftingService(DraftRepository drafts, DocumentValidator validator) {
        this.drafts = drafts;
        this.validator = validator;
    }

    public Draft create(RequestDocument document) {
        validator.validate(document);
        return drafts.add(document);
    }

    public Optional<Draft> get(String id) {
        return drafts.find(id);
    }

    public Optional<Draft> replace(String id, long expectedVersion, RequestDocument document) {
        validator.validate(document);
        return drafts.replace(id, expectedVersion, document);
    }

    public boolean delete(String id, long expectedVersion) {
        return drafts.remove(id, expectedVersion);
    }

    public DraftPage list(int page, int size) {
        return drafts.list(page, size);
    }
}
