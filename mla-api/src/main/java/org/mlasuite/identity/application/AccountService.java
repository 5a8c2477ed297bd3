package org.mlasuite.identity.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.AccountRepository;
import org.mlasuite.identity.domain.Credentials;
import org.mlasuite.identity.domain.Lockout;
import org.mlasuite.identity.domain.Role;

/** Login with lockout, and the administration of accounts. Every failed login is audited. */
public final class AccountService {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(AccountRepository accounts, Passwords passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a username and password. A locked account is refused without looking at the password, so guessing
     * goes no further during the lock; each failure moves the account towards a lock.
     */
    public LoginResult login(String username, char[] password) {
        try {
            LocalDateTime now = now();
            Optional<Credentials> found = username == null ? Optional.empty() : accounts.credentials(username);
            if (found.isEmpty()) {
                passwords.burn(password);
                failed(username, "unknown username or wrong password");
                return new LoginResult.Invalid();
            }
            Credentials c = found.get();
            if (c.lockout().lockedAt(now)) {
                failed(username, "account locked");
                return new LoginResult.Locked(c.lockout().lockedUntil());
            }
            boolean right = passwords.matches(password, c.passwordHash());
            if (!right || !c.account().enabled()) {
                Lockout next = c.lockout().afterFailure(now);
                accounts.recordAttempt(username, next, null);
                failed(username, !right ? "unknown username or wrong password" : "account disabled");
                return next.lockedAt(now) ? new LoginResult.Locked(next.lockedUntil()) : new LoginResult.Invalid();
            }
            String upgraded = passwords.needsRehash(c.passwordHash()) ? passwords.hash(password) : null;
            if (c.lockout().failures() > 0 || c.lockout().lockedUntil() != null || upgraded != null) {
                accounts.recordAttempt(username, Lockout.none(), upgraded);
            }
            return new LoginResult.Valid(c.account());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The account for a caller already authenticated by other means (session, token): only while enabled. */
    public Optional<Account> active(String username) {
        return accounts.find(username).filter(Account::enabled);
    }

    public Account create(String actor, String username, String displayName, char[] password, Set<Role> roles,
            String stateCode) {
        checkOfficer(roles, stateCode);
        String hash;
        try {
            hash = passwords.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Account created = accounts.add(username, displayName, hash, roles, stateCode);
        audit.record(AuditEntry.about(actor, "account.create", "account", username, Outcome.SUCCESS)
                .withDetail("roles " + codes(roles) + (stateCode == null ? "" : ", State " + stateCode)));
        return created;
    }

    public Optional<Account> update(String actor, String username, Set<Role> roles, String stateCode, boolean enabled) {
        checkOfficer(roles, stateCode);
        Optional<Account> updated = accounts.update(username, roles, stateCode, enabled);
        updated.ifPresent(a -> audit.record(AuditEntry.about(actor, "account.update", "account", username, Outcome.SUCCESS)
                .withDetail("roles " + codes(roles) + (stateCode == null ? "" : ", State " + stateCode)
                        + (enabled ? "" : ", disabled"))));
        return updated;
    }

    /**
     * The user's own password change. The current password is checked like a login (a wrong one counts towards the
     * lock, and a locked account cannot change it), so this is no side door for guessing.
     */
    public LoginResult changePassword(String username, char[] current, char[] next) {
        try {
            boolean unchanged = Arrays.equals(current, next);
            LoginResult check = login(username, current);
            if (check instanceof LoginResult.Valid) {
                if (unchanged) {
                    throw new InvalidAccount("newPassword", "The new password must differ from the current one.");
                }
                accounts.recordAttempt(username, Lockout.none(), passwords.hash(next));
                audit.record(AuditEntry.about(username, "account.password", "account", username, Outcome.SUCCESS)
                        .withDetail("changed by its owner"));
            }
            return check;
        } finally {
            Arrays.fill(next, '\0');
        }
    }

    /** An administrator sets a new password for a user who lost theirs; this also lifts a lock. */
    public Optional<Account> resetPassword(String actor, String username, char[] next) {
        try {
            Optional<Account> account = accounts.find(username);
            if (account.isPresent()) {
                accounts.recordAttempt(username, Lockout.none(), passwords.hash(next));
                audit.record(AuditEntry.about(actor, "account.password", "account", username, Outcome.SUCCESS)
                        .withDetail("reset by an administrator"));
            }
            return account;
        } finally {
            Arrays.fill(next, '\0');
        }
    }

    /** The end of the account's current lock, if it is locked now. */
    public Optional<LocalDateTime> lockedUntil(String username) {
        LocalDateTime now = now();
        return accounts.credentials(username).map(Credentials::lockout).filter(l -> l.lockedAt(now)).map(Lockout::lockedUntil);
    }

    public List<Account> all() {
        return accounts.all();
    }

    public boolean anyAdministrator() {
        return accounts.anyEnabledAdministrator();
    }

    private static void checkOfficer(Set<Role> roles, String stateCode) {
        if (roles.contains(Role.OFFICER) && stateCode == null) {
            throw new InvalidAccount("stateCode", "An officer serves the central authority of one State: give its ISO 3166-1 alpha-3 code.");
        }
        if (roles.isEmpty()) {
            throw new InvalidAccount("roles", "Give the account at least one role.");
        }
    }

    private void failed(String username, String why) {
        audit.record(AuditEntry.about(username, "login.failed", "account", username, Outcome.FAILURE).withDetail(why));
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().toList().toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
