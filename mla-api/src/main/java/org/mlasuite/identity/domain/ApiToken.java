package org.mlasuite.identity.domain;

import java.time.LocalDateTime;

/** A personal API token as its owner may see it: never the secret, which is shown once at creation only. */
public record ApiToken(String id, String username, String name, LocalDateTime created, LocalDateTime expires,
        LocalDateTime lastUsed, LocalDateTime revoked) {

    public boolean activeAt(LocalDateTime now) {
        return revoked == null && now.isBefore(expires);
    }
}
