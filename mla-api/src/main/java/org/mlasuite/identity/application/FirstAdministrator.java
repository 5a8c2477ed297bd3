package org.mlasuite.identity.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;

/**
 * How the first administrator comes to exist, since the suite has no default password: from the configured
 * username and password (MLA_ADMIN_USER, MLA_ADMIN_PASSWORD) when no administrator exists at start; otherwise
 * through a one-time setup token, printed once in the log and accepted once by POST /api/setup. Only the
 * token's hash is kept, in memory: a restart prints a new one, and the token dies once an administrator exists.
 */
public final class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    private final AccountService accounts;
    private final Secrets secrets;
    private final AuditLog audit;
    private volatile String setupTokenHash;

    public FirstAdministrator(AccountService accounts, Secrets secrets, AuditLog audit) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.audit = audit;
    }

    /** At start: create the configured administrator, or print a setup token, or do nothing if one exists. */
    public void ensure(Optional<String> username, Optional<String> password) {
        if (accounts.anyAdministrator()) {
            return;
        }
        if (username.isPresent() && password.isPresent() && password.get().length() < Passwords.MIN_LENGTH) {
            LOG.severe(() -> "MLA_ADMIN_PASSWORD is shorter than " + Passwords.MIN_LENGTH + " characters; no administrator "
                    + "was created from it.");
        } else if (username.isPresent() && password.isPresent()) {
            accounts.create("system", username.get(), "Administrator", password.get().toCharArray(),
                    EnumSet.of(Role.ADMINISTRATOR), null);
            LOG.info(() -> "Created the first administrator '" + username.get() + "' from MLA_ADMIN_USER / MLA_ADMIN_PASSWORD.");
            return;
        }
        String token = secrets.newSecret();
        setupTokenHash = Secrets.hash(token);
        // printed once, on purpose: the operator who can read the server log is the one trusted to create the first administrator
        LOG.warning("No administrator exists. Create the first one within this run with: curl -X POST -H 'Content-Type: "
                + "application/json' -d '{\"setupToken\":\"" + token + "\",\"username\":\"...\",\"password\":\"...\"}' "
                + "http://<host>:<port>/api/setup   (or restart with MLA_ADMIN_USER and MLA_ADMIN_PASSWORD set)");
    }

    /** Creates the first administrator with the setup token; the token works once and only while no administrator exists. */
    public Optional<Account> setUp(String token, String username, char[] password) {
        String expected = setupTokenHash;
        if (expected == null || token == null || !Secrets.same(expected, Secrets.hash(token)) || accounts.anyAdministrator()) {
            audit.record(AuditEntry.about(username, "setup.admin", "account", username, Outcome.DENIED));
            return Optional.empty();
        }
        synchronized (this) {
            if (setupTokenHash == null) {
                return Optional.empty();
            }
            setupTokenHash = null;
        }
        return Optional.of(accounts.create("setup-token", username, "Administrator", password, EnumSet.of(Role.ADMINISTRATOR), null));
    }
}
