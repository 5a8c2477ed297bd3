package org.mlasuite.identity.application;

import java.time.Instant;

/**
 * A single sign-on between leaving for the identity provider and coming back.
 *
 * @param state        sent to the provider and returned by it: finds this login again, and is used once
 * @param nonce        must come back inside the ID token, so that a token issued for another login is refused
 * @param codeVerifier the PKCE secret (RFC 7636): a stolen code is worthless without it
 * @param bindingHash  SHA-256 of the secret in the browser's sign-on cookie, so that only the browser that started
 *                     the login can finish it (no one can log a victim into the attacker's account)
 */
public record PendingLogin(String state, String nonce, String codeVerifier, String bindingHash, Instant expires) {
}
