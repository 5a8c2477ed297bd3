package org.mlasuite.drafting.rest;

import java.time.LocalDateTime;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.RequestDocument;

/** A stored request as the API shows it. Timestamps are UTC. */
public record DraftView(String id, long version, LocalDateTime created, LocalDateTime updated, RequestDocument document) {

    static DraftView of(Draft draft) {
        return new DraftView(draft.id(), draft.version(), draft.created(), draft.updated(), draft.document());
    }
}
