package org.mlasuite.platform.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.infrastructure.JpaAuditLog;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.application.FirstAdministrator;
import org.mlasuite.identity.application.IdentityProvider;
import org.mlasuite.identity.application.Passwords;
import org.mlasuite.identity.application.Secrets;
import org.mlasuite.identity.application.SingleSignOn;
import org.mlasuite.identity.application.TokenService;
import org.mlasuite.identity.infrastructure.JpaAccountRepository;
import org.mlasuite.identity.infrastructure.JpaApiTokenRepository;
import org.mlasuite.identity.infrastructure.OidcProvider;
import org.mlasuite.identity.infrastructure.OidcSettings;
import org.mlasuite.platform.persistence.Database;

/** Builds the identity and audit services once, like {@link Wiring} does for the others. */
@ApplicationScoped
public class SecurityWiring {

    private static final Logger LOG = Logger.getLogger(SecurityWiring.class.getName());

    @Produces
    @Singleton
    SecureRandom random() {
        // the platform default: non-blocking on Linux, seeded by the operating system
        return new SecureRandom();
    }

    @Produces
    @Singleton
    AuditLog audit(Database database, Clock clock) {
        return new JpaAuditLog(database::factory, clock);
    }

    @Produces
    @Singleton
    Passwords passwords(SecureRandom random) {
        return new Passwords(random);
    }

    @Produces
    @Singleton
    Secrets secrets(SecureRandom random) {
        return new Secrets(random);
    }

    @Produces
    @Singleton
    AccountService accounts(Database database, Passwords passwords, AuditLog audit, Clock clock) {
        return new AccountService(new JpaAccountRepository(database::factory, clock), passwords, audit, clock);
    }

    @Produces
    @Singleton
    TokenService tokens(Database database, AccountService accounts, Secrets secrets, AuditLog audit, Clock clock) {
        return new TokenService(new JpaApiTokenRepository(database::factory, clock), accounts, secrets, audit, clock);
    }

    /**
     * Single sign-on through an OpenID Connect provider when {@code mla.oidc.issuer} is set, off otherwise. A setting
     * that cannot work is reported at start and leaves single sign-on off: password and token logins still work.
     */
    @Produces
    @Singleton
    SingleSignOn singleSignOn(AccountService accounts, AuditLog audit, Secrets secrets, Clock clock,
            @ConfigProperty(name = "mla.oidc.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mla.oidc.client-id") Optional<String> clientId,
            @ConfigProperty(name = "mla.oidc.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "mla.oidc.username-claim") Optional<String> usernameClaim,
            @ConfigProperty(name = "mla.oidc.scopes") Optional<String> scopes,
            @ConfigProperty(name = "mla.oidc.name") Optional<String> name,
            @ConfigProperty(name = "mla.oidc.signing-algorithm") Optional<String> algorithm) {
        IdentityProvider provider = null;
        if (issuer.isPresent()) {
            try {
                provider = new OidcProvider(new OidcSettings(URI.create(issuer.get().trim()), clientId.orElse(null),
                        clientSecret.orElse(null), usernameClaim.orElse(null), scopes.map(s -> List.of(s.trim().split("[\\s,]+"))).orElse(null),
                        name.orElse(null), algorithm.orElse(null)));
                LOG.info(() -> "Single sign-on through the OpenID Connect provider " + issuer.get());
            } catch (IllegalArgumentException e) {
                LOG.severe("Single sign-on is off: " + e.getMessage());
            }
        }
        return new SingleSignOn(provider, accounts, audit, secrets, clock);
    }

    @Produces
    @Singleton
    FirstAdministrator firstAdministrator(AccountService accounts, Secrets secrets, AuditLog audit) {
        return new FirstAdministrator(accounts, secrets, audit);
    }
}
