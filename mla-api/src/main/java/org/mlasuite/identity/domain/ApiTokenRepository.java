package org.mlasuite.identity.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Personal API tokens, found by the SHA-256 of the token: the token itself is never stored. */
public interface ApiTokenRepository {

    ApiToken add(String username, String name, String tokenSha256, LocalDateTime expires);

    /** The token with this hash, and marks it used at {@code now}. */
    Optional<ApiToken> use(String tokenSha256, LocalDateTime now);

    List<ApiToken> of(String username);

    /** Revokes one of the user's own tokens; false if the user has no such token. */
    boolean revoke(String username, String id, LocalDateTime now);
}
