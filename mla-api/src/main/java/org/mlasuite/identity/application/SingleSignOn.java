package org.mlasuite.identity.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.identity.domain.Account;

/**
 * Sign-in through the institution's identity provider (OpenID Connect authorization code flow with PKCE), when one
 * is configured. The provider proves who the user is; the suite's own account of the same username says what the
 * user may do, so a provider cannot grant roles, and a user without an account here is refused.
 *
 * <p>Pending logins are kept in this instance's memory for {@link #VALIDITY}, like the browser sessions (SECURITY.md).
 */
public final class SingleSignOn {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    /** More pending logins than this at once is a flood, not users: new ones are refused until some expire. */
    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    private final IdentityProvider provider;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Secrets secrets;
    private final Clock clock;
    private final Map<String, PendingLogin> pending = new ConcurrentHashMap<>();

    /** {@code provider} null: single sign-on is off. */
    public SingleSignOn(IdentityProvider provider, AccountService accounts, AuditLog audit, Secrets secrets, Clock clock) {
        this.provider = provider;
        this.accounts = accounts;
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The provider's display name, or empty when single sign-on is off. */
    public Optional<String> providerName() {
        return Optional.ofNullable(provider).map(IdentityProvider::name);
    }

    /** Where to send the browser, and the secret the browser must keep (in a cookie) to come back. */
    public record Departure(URI authorization, String browserSecret) {
    }

    /** Starts a login; empty when single sign-on is off or too many logins are pending. */
    public Optional<Departure> begin(URI redirectUri) {
        if (provider == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.expires().isAfter(now));
        if (pending.size() >= MAX_PENDING) {
            LOG.warning("Single sign-on refused: too many pending logins");
            return Optional.empty();
        }
        String browserSecret = secrets.newSecret();
        // 32 random bytes in URL-safe Base64 are 43 characters: a valid PKCE code verifier (RFC 7636 4.1)
        PendingLogin login = new PendingLogin(secrets.newSecret(), secrets.newSecret(), secrets.newSecret(),
                Secrets.hash(browserSecret), now.plus(VALIDITY));
        pending.put(login.state(), login);
        return Optional.of(new Departure(provider.authorization(login, redirectUri), browserSecret));
    }

    /**
     * Finishes a login when the provider sends the browser back.
     *
     * @param error         the provider's {@code error} parameter, when it reports one instead of a code
     * @param browserSecret the value of the browser's sign-on cookie, null if it has none
     */
    public SignOnResult complete(String state, String code, String error, String browserSecret, URI redirectUri) {
        if (provider == null) {
            return new SignOnResult.Refused(SignOnResult.Reason.NOT_CONFIGURED);
        }
        // removed at once: a state is good for one attempt, whatever its outcome
        PendingLogin login = state == null ? null : pending.remove(state);
        if (login == null || !login.expires().isAfter(clock.instant()) || browserSecret == null
                || !Secrets.same(login.bindingHash(), Secrets.hash(browserSecret))) {
            return refused(null, SignOnResult.Reason.EXPIRED, "unknown, used or expired state, or another browser's");
        }
        if (error != null || code == null) {
            return refused(null, SignOnResult.Reason.CANCELLED, "the identity provider answered "
                    + (error == null ? "without a code" : "error " + error));
        }
        String username;
        try {
            username = provider.username(code, login, redirectUri);
        } catch (IdentityProviderRefused e) {
            LOG.log(Level.WARNING, "Single sign-on refused: {0}", e.getMessage());
            return refused(null, e.unreachable() ? SignOnResult.Reason.UNREACHABLE : SignOnResult.Reason.REFUSED,
                    e.getMessage());
        }
        Optional<Account> account = accounts.active(username);
        if (account.isEmpty()) {
            return refused(username, SignOnResult.Reason.NO_ACCOUNT, "no enabled account for the user the provider vouched for");
        }
        audit.record(AuditEntry.about(username, "session.login", "account", username, Outcome.SUCCESS)
                .withDetail("single sign-on through " + provider.name()));
        return new SignOnResult.SignedIn(account.get());
    }

    private SignOnResult refused(String username, SignOnResult.Reason reason, String detail) {
        audit.record(AuditEntry.about(username, "login.failed", "account", username, Outcome.FAILURE)
                .withDetail("single sign-on: " + detail));
        return new SignOnResult.Refused(reason);
    }
}
