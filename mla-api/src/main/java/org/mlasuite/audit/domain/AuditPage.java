package org.mlasuite.audit.domain;

import java.util.List;

/** A page of audit events, newest first. */
public record AuditPage(List<AuditEvent> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
