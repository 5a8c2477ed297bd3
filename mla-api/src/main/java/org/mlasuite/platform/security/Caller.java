package org.mlasuite.platform.security;

import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;

/** The authenticated caller of this HTTP request: the account as loaded for this request, and the channel. */
public record Caller(Account account, Channel channel) {

    public String username() {
        return account.username();
    }

    public boolean has(Role role) {
        return account.has(role);
    }

    /** @throws Forbidden unless the caller holds the role */
    public Caller require(Role role) {
        if (!has(role)) {
            throw new Forbidden("This needs the " + role.code() + " role.");
        }
        return this;
    }

    /** The caller as the drafting rules see them; refused for accounts that work on no case data (administrators only). */
    public DraftUser draftUser() {
        if (!account.maySeeCaseData()) {
            throw new Forbidden("An administrator account works on accounts, not on case data; use an account with a "
                    + "prosecutor, officer, trainer or trainee role.");
        }
        return new DraftUser(account.username(), account.officerOf());
    }
}
