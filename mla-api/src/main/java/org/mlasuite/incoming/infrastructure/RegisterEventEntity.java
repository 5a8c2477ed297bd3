package org.mlasuite.incoming.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of history; inserted, never updated or deleted. */
@Entity
@Table(name = "register_event")
@NamedQuery(name = "RegisterEventEntity.of", query = "SELECT e FROM RegisterEventEntity e WHERE e.entryId = :entry ORDER BY e.seq")
@NamedQuery(name = "RegisterEventEntity.last", query = "SELECT MAX(e.seq) FROM RegisterEventEntity e WHERE e.entryId = :entry")
public class RegisterEventEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "entry_id", nullable = false, length = 36)
    String entryId;

    /** Order within the entry's history: timestamps alone tie within a second. */
    @Column(nullable = false)
    int seq;

    @Column(name = "occurred_at", nullable = false)
    LocalDateTime at;

    @Column(nullable = false, length = 100)
    String actor;

    @Column(nullable = false, length = 40)
    String action;

    @Column(name = "from_status", length = 40)
    String fromStatus;

    @Column(name = "to_status", length = 40)
    String toStatus;

    @Column(columnDefinition = "TEXT")
    String note;
}
