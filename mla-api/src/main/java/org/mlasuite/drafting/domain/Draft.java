package org.mlasuite.drafting.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stored request: the document with its identity and version. The version increases with every change and is
 * what a client must name to change it (no lost update).
 */
public record Draft(String id, long version, LocalDateTime created, LocalDateTime updated, RequestDocument document) {

    public Draft {
        Objects.requireNonNull(id);
        Objects.requireNonNull(document);
    }
}
