package org.mlasuite.audit.domain;

/** The append-only trail. Deliberately no method changes or removes an event. */
public interface AuditLog {

    void record(AuditEntry entry);

    AuditPage find(AuditQuery query);
}
