package org.mlasuite.audit.domain;

import java.time.LocalDateTime;

/** A recorded event. Ids increase in the order events were recorded; times are UTC. */
public record AuditEvent(long id, LocalDateTime at, String actor, String action, String objectType, String objectId,
        String contentSha256, String outcome, String detail) {
}
