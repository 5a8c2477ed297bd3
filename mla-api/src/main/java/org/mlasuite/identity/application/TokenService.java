package org.mlasuite.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.ApiToken;
import org.mlasuite.identity.domain.ApiTokenRepository;

/** Personal API tokens: issued to an account, shown once, stored as a SHA-256, expiring, revocable. */
public final class TokenService {

    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;

    /** A token just issued: the only moment the secret exists outside the client. */
    public record Issued(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final Secrets secrets;
    private final AuditLog audit;
    private final Clock clock;

    public TokenService(ApiTokenRepository tokens, AccountService accounts, Secrets secrets, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    public Issued issue(String username, String name, int days) {
        String secret = secrets.newToken();
        ApiToken token = tokens.add(username, name, Secrets.hash(secret), now().plus(Duration.ofDays(days)));
        audit.record(AuditEntry.about(username, "token.create", "token", token.id(), Outcome.SUCCESS).withDetail(name));
        return new Issued(token, secret);
    }

    /** The account a presented token belongs to, if the token is ours, active, and its account enabled. */
    public Optional<Account> authenticate(String presented) {
        if (presented == null || !presented.startsWith(Secrets.TOKEN_PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        // found by hash: the lookup compares hashes of a 256-bit secret, so its timing tells an attacker nothing usable
        return tokens.use(Secrets.hash(presented), now).filter(t -> t.activeAt(now))
                .flatMap(t -> accounts.active(t.username()));
    }

    public List<ApiToken> of(String username) {
        return tokens.of(username);
    }

    public boolean revoke(String username, String id) {
        boolean revoked = tokens.revoke(username, id, now());
        if (revoked) {
            audit.record(AuditEntry.about(username, "token.revoke", "token", id, Outcome.SUCCESS));
        }
        return revoked;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
