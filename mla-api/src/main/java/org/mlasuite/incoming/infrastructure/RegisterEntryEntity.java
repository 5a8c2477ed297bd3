package org.mlasuite.incoming.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The row of a registered request. */
@Entity
@Table(name = "register_entry")
@NamedQuery(name = "RegisterEntryEntity.all", query = "SELECT e FROM RegisterEntryEntity e ORDER BY e.receivedOn DESC, e.registerNumber DESC")
public class RegisterEntryEntity {

    @Id
    @Column(length = 36)
    String id;

    @Version
    long version;

    @Column(name = "register_number", nullable = false, length = 20)
    String registerNumber;

    @Column(nullable = false, length = 10)
    String direction;

    @Column(nullable = false, length = 12)
    String source;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Column(name = "requesting_state", length = 3)
    String requestingState;

    @Column(name = "requested_state", length = 3)
    String requestedState;

    @Column(length = 30)
    String type;

    @Column(name = "their_reference", length = 200)
    String theirReference;

    @Column(length = 300)
    String subject;

    @Column(nullable = false, length = 40)
    String status;

    @Column(length = 100)
    String assignee;

    @Column(columnDefinition = "TEXT")
    String document;

    @Column(name = "original_name")
    String originalName;

    @Column(name = "original_type")
    String originalType;

    @Column(name = "original_sha256", length = 64)
    String originalSha256;

    @Column(name = "original_size")
    Long originalSize;

    @Column(length = 64)
    String fingerprint;

    @Column(name = "fingerprint_check", nullable = false, length = 20)
    String fingerprintCheck;

    @Column(nullable = false, columnDefinition = "TEXT")
    String deadlines;

    @Column(nullable = false, columnDefinition = "TEXT")
    String decisions;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;
}
