package org.mlasuite.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where accounts are kept. Usernames are unique and never reused; accounts are disabled, not deleted. */
public interface AccountRepository {

    /** @throws UsernameTaken if the username exists */
    Account add(String username, String displayName, String passwordHash, Set<Role> roles, String stateCode);

    Optional<Account> find(String username);

    Optional<Credentials> credentials(String username);

    /** Stores the lockout state after a login attempt (and a new hash when the old one used fewer iterations). */
    void recordAttempt(String username, Lockout lockout, String newPasswordHash);

    Optional<Account> update(String username, Set<Role> roles, String stateCode, boolean enabled);

    boolean anyEnabledAdministrator();

    List<Account> all();
}
