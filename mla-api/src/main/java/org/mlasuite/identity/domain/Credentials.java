package org.mlasuite.identity.domain;

/**
 * What the store keeps to check a login: the account, its password hash and its lockout state.
 *
 * @param passwordHash an encoded hash, never a password
 */
public record Credentials(Account account, String passwordHash, Lockout lockout) {
}
