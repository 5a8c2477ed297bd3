package org.mlasuite.drafting.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stored request: the document with its identity, version and owner. The version increases with every change
 * and is what a client must name to change it (no lost update).
 *
 * @param owner the username of the account that created it; null for drafts stored before accounts existed
 */
public record Draft(String id, long version, LocalDateTime created, LocalDateTime updated, RequestDocument document,
        String owner) {

    public Draft {
        Objects.requireNonNull(id);
        Objects.requireNonNull(document);
    }
}
