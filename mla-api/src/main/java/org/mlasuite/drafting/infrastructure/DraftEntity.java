package org.mlasuite.drafting.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The row of a draft. Timestamps are UTC. */
@Entity
@Table(name = "request_draft")
// the two visibility rules of DraftUser.mayRead, as queries: own drafts; own drafts or those involving the officer's State
@NamedQuery(name = "DraftEntity.ownPage", query = "SELECT d FROM DraftEntity d WHERE d.owner = :owner ORDER BY d.updated DESC, d.id")
@NamedQuery(name = "DraftEntity.ownCount", query = "SELECT COUNT(d) FROM DraftEntity d WHERE d.owner = :owner")
@NamedQuery(name = "DraftEntity.ownOrStatePage", query = "SELECT d FROM DraftEntity d WHERE d.owner = :owner "
        + "OR d.requestingState = :state OR d.requestedState = :state ORDER BY d.updated DESC, d.id")
@NamedQuery(name = "DraftEntity.ownOrStateCount", query = "SELECT COUNT(d) FROM DraftEntity d WHERE d.owner = :owner "
        + "OR d.requestingState = :state OR d.requestedState = :state")
public class DraftEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "type", nullable = false, length = 30)
    private String type;

    @Column(length = 200)
    private String title;

    @Column(name = "requesting_state", nullable = false, length = 3)
    private String requestingState;

    @Column(name = "requested_state", nullable = false, length = 3)
    private String requestedState;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime created;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updated;

    /** Set once, at creation: ownership does not move with an update. */
    @Column(name = "owner", length = 64, updatable = false)
    private String owner;

    protected DraftEntity() {
    }

    DraftEntity(String id, LocalDateTime now, String owner) {
        this.id = id;
        this.created = now;
        this.updated = now;
        this.owner = owner;
    }

    void fill(String type, String title, String requestingState, String requestedState, int schemaVersion, String json,
            LocalDateTime now) {
        this.type = type;
        this.title = title;
        this.requestingState = requestingState;
        this.requestedState = requestedState;
        this.schemaVersion = schemaVersion;
        this.document = json;
        this.updated = now;
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    String requestingState() {
        return requestingState;
    }

    String requestedState() {
        return requestedState;
    }

    String document() {
        return document;
    }

    LocalDateTime created() {
        return created;
    }

    LocalDateTime updated() {
        return updated;
    }

    String owner() {
        return owner;
    }
}
