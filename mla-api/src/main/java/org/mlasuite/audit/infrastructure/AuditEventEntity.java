package org.mlasuite.audit.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The row of an audit event. Its fields are set once, at construction; the class has no setters. */
@Entity
@Table(name = "audit_event")
class AuditEventEntity {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    long id;

    @Column(nullable = false, updatable = false)
    LocalDateTime at;

    @Column(nullable = false, updatable = false, length = 64)
    String actor;

    @Column(nullable = false, updatable = false, length = 40)
    String action;

    @Column(name = "object_type", updatable = false, length = 40)
    String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    String objectId;

    @Column(name = "content_sha256", updatable = false, length = 64)
    String contentSha256;

    @Column(nullable = false, updatable = false, length = 20)
    String outcome;

    @Column(updatable = false, length = 500)
    String detail;

    protected AuditEventEntity() {
    }
}
