package org.mlasuite.audit.domain;

/** Which events to read, newest first; a null filter matches everything. */
public record AuditQuery(String objectType, String objectId, String actor, int page, int size) {
}
