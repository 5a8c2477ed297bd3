package org.mlasuite.platform.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.infrastructure.JpaAuditLog;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.application.FirstAdministrator;
import org.mlasuite.identity.application.Passwords;
import org.mlasuite.identity.application.Secrets;
import org.mlasuite.identity.application.TokenService;
import org.mlasuite.identity.infrastructure.JpaAccountRepository;
import org.mlasuite.identity.infrastructure.JpaApiTokenRepository;
import org.mlasuite.platform.persistence.Database;

/** Builds the identity and audit services once, like {@link Wiring} does for the others. */
@ApplicationScoped
public class SecurityWiring {

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

    @Produces
    @Singleton
    FirstAdministrator firstAdministrator(AccountService accounts, Secrets secrets, AuditLog audit) {
        return new FirstAdministrator(accounts, secrets, audit);
    }
}
