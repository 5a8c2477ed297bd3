package org.mlasuite.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented as {@code Authorization: Bearer mla_...}. */
public final class ApiTokenCredential implements Credential {

    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // a String cannot be wiped; the reference dies with the request
    }
}
