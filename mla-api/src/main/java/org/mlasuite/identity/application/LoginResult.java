package org.mlasuite.identity.application;

import java.time.LocalDateTime;
import org.mlasuite.identity.domain.Account;

/** The answer to a login attempt. It never says whether the username exists. */
public sealed interface LoginResult {

    record Valid(Account account) implements LoginResult {
    }

    /** Wrong username or password, or a disabled account: deliberately the same answer for all three. */
    record Invalid() implements LoginResult {
    }

    /** Too many failures: no password is checked until the lock ends. */
    record Locked(LocalDateTime until) implements LoginResult {
    }
}
