package org.mlasuite.identity.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** The row of an account; roles by their codes. Timestamps are UTC. */
@Entity
@Table(name = "account")
@NamedQuery(name = "AccountEntity.byUsername", query = "SELECT a FROM AccountEntity a WHERE a.username = :username")
@NamedQuery(name = "AccountEntity.all", query = "SELECT a FROM AccountEntity a ORDER BY a.username")
@NamedQuery(name = "AccountEntity.enabledWithRole",
        query = "SELECT COUNT(a) FROM AccountEntity a JOIN a.roles r WHERE a.enabled = TRUE AND r = :role")
class AccountEntity {

    @Id
    @Column(length = 36)
    String id;

    @Version
    long version;

    @Column(nullable = false, length = 64)
    String username;

    @Column(name = "display_name", length = 200)
    String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    String passwordHash;

    @Column(name = "state_code", length = 3)
    String stateCode;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    int failedLogins;

    @Column(name = "failure_window_start")
    LocalDateTime failureWindowStart;

    @Column(name = "locked_until")
    LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    LocalDateTime created;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    Set<String> roles = new HashSet<>();

    protected AccountEntity() {
    }
}
