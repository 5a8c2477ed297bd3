package org.mlasuite.identity.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The row of a personal API token: its SHA-256, never the token. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiTokenEntity.byHash", query = "SELECT t FROM ApiTokenEntity t WHERE t.tokenSha256 = :hash")
@NamedQuery(name = "ApiTokenEntity.ofUser",
        query = "SELECT t FROM ApiTokenEntity t WHERE t.account.username = :username ORDER BY t.created DESC")
class ApiTokenEntity {

    @Id
    @Column(length = 36)
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    AccountEntity account;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "token_sha256", nullable = false, length = 64)
    String tokenSha256;

    @Column(name = "created_at", nullable = false)
    LocalDateTime created;

    @Column(name = "expires_at", nullable = false)
    LocalDateTime expires;

    @Column(name = "last_used_at")
    LocalDateTime lastUsed;

    @Column(name = "revoked_at")
    LocalDateTime revoked;

    protected ApiTokenEntity() {
    }
}
