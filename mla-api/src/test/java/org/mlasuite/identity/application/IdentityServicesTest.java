package org.mlasuite.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.audit.domain.AuditEvent;
import org.mlasuite.audit.domain.AuditQuery;
import org.mlasuite.audit.infrastructure.JpaAuditLog;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.identity.domain.UsernameTaken;
import org.mlasuite.identity.infrastructure.JpaAccountRepository;
import org.mlasuite.identity.infrastructure.JpaApiTokenRepository;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.platform.wiring.Migrations;

/**
 * Accounts, lockout, API tokens, the first administrator and the audit trail through the real migrations and
 * EclipseLink, on H2 and (when MLA_TEST_PG_URL is set, as in CI) PostgreSQL. A movable clock replaces waiting.
 * Passwords use fewer PBKDF2 iterations than production to keep the test fast; PasswordsTest covers the real count.
 */
class IdentityServicesTest {

    @TempDir
    static Path dataDir;

    private static final List<JavaMigration> MIGRATIONS = Migrations.all(new RequestJson(Json.create()));

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("h2", DatabaseSettings.of(null, null, null, dataDir.toString())),
                Arguments.of("postgresql", DatabaseSettings.of(System.getenv("MLA_TEST_PG_URL"), System.getenv("MLA_TEST_PG_USER"),
                        System.getenv("MLA_TEST_PG_PASSWORD"), dataDir.toString())));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2025-03-01T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private record Services(AccountService accounts, TokenService tokens, JpaAuditLog audit, MovableClock clock) {
    }

    private static Services services(Database database) {
        MovableClock clock = new MovableClock();
        SecureRandom random = new SecureRandom();
        JpaAuditLog audit = new JpaAuditLog(database::factory, clock);
        AccountService accounts = new AccountService(new JpaAccountRepository(database::factory, clock),
                new Passwords(random, 1_000), audit, clock);
        TokenService tokens = new TokenService(new JpaApiTokenRepository(database::factory, clock), accounts, new Secrets(random),
                audit, clock);
        return new Services(accounts, tokens, audit, clock);
    }

    private static String token(List<String> log) {
        Matcher m = Pattern.compile("\"setupToken\":\"([A-Za-z0-9_-]{43})\"").matcher(String.join("\n", log));
        assertThat(m.find()).as("the setup token is printed in the log").isTrue();
        return m.group(1);
    }

    private static String unique(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static void assumeAvailable(String name) {
        assumeTrue("h2".equals(name) || System.getenv("MLA_TEST_PG_URL") != null, "PostgreSQL not configured (MLA_TEST_PG_URL)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiveFailuresInFifteenMinutesLockTheAccountEvenAgainstTheRightPassword(String name, DatabaseSettings settings) {
        assumeAvailable(name);
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Services s = services(database);
            String user = unique("alice");
            s.accounts().create("admin", user, "Alice", "correct horse battery".toCharArray(), EnumSet.of(Role.PROSECUTOR), null);

            assertThat(s.accounts().login(user, "correct horse battery".toCharArray())).isInstanceOf(LoginResult.Valid.class);
            for (int i = 0; i < 4; i++) {
                assertThat(s.accounts().login(user, "wrong".toCharArray())).isInstanceOf(LoginResult.Invalid.class);
                s.clock().advance(Duration.ofMinutes(1));
            }
            assertThat(s.accounts().login(user, "wrong".toCharArray())).isInstanceOf(LoginResult.Locked.class);
            assertThat(s.accounts().login(user, "correct horse battery".toCharArray())).isInstanceOf(LoginResult.Locked.class);
            assertThat(s.accounts().lockedUntil(user)).isPresent();

            s.clock().advance(Duration.ofMinutes(16));
            assertThat(s.accounts().login(user, "correct horse battery".toCharArray())).isInstanceOf(LoginResult.Valid.class);
            assertThat(s.accounts().lockedUntil(user)).isEmpty();

            List<AuditEvent> failures = s.audit().find(new AuditQuery("account", user, null, 0, 50)).items().stream()
                    .filter(e -> e.action().equals("login.failed")).toList();
            assertThat(failures).hasSize(6);
            assertThat(failures).allSatisfy(e -> assertThat(e.outcome()).isEqualTo("failure"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUserChangesTheirPasswordOnlyWithTheCurrentOneAndAnAdministratorResetsALostOne(String name, DatabaseSettings settings) {
        assumeAvailable(name);
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Services s = services(database);
            String user = unique("carol");
            s.accounts().create("admin", user, null, "first password here".toCharArray(), EnumSet.of(Role.PROSECUTOR), null);

            assertThat(s.accounts().changePassword(user, "not the password".toCharArray(), "second password here".toCharArray()))
                    .isInstanceOf(LoginResult.Invalid.class);
            assertThatThrownBy(() -> s.accounts().changePassword(user, "first password here".toCharArray(),
                    "first password here".toCharArray())).isInstanceOf(InvalidAccount.class).hasMessageContaining("differ");
            assertThat(s.accounts().changePassword(user, "first password here".toCharArray(), "second password here".toCharArray()))
                    .isInstanceOf(LoginResult.Valid.class);
            assertThat(s.accounts().login(user, "first password here".toCharArray())).isInstanceOf(LoginResult.Invalid.class);
            assertThat(s.accounts().login(user, "second password here".toCharArray())).isInstanceOf(LoginResult.Valid.class);

            // wrong current passwords count towards the lock like failed logins; then even the right one is refused
            for (int i = 0; i < 5; i++) {
                s.accounts().changePassword(user, "guess".toCharArray(), "third password here".toCharArray());
            }
            assertThat(s.accounts().changePassword(user, "second password here".toCharArray(), "third password here".toCharArray()))
                    .isInstanceOf(LoginResult.Locked.class);

            // the administrator's reset sets a new password and lifts the lock
            assertThat(s.accounts().resetPassword("admin", user, "reset password here".toCharArray())).isPresent();
            assertThat(s.accounts().login(user, "reset password here".toCharArray())).isInstanceOf(LoginResult.Valid.class);
            assertThat(s.accounts().resetPassword("admin", unique("nobody"), "reset password here".toCharArray())).isEmpty();

            List<AuditEvent> changes = s.audit().find(new AuditQuery("account", user, null, 0, 50)).items().stream()
                    .filter(e -> e.action().equals("account.password")).toList();
            assertThat(changes).extracting(AuditEvent::actor).containsExactlyInAnyOrder(user, "admin");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unknownUsersAndDisabledAccountsGetTheSameAnswerAsAWrongPassword(String name, DatabaseSettings settings) {
        assumeAvailable(name);
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Services s = services(database);
            String user = unique("bob");
            s.accounts().create("admin", user, null, "correct horse battery".toCharArray(), EnumSet.of(Role.TRAINEE), null);
            assertThat(s.accounts().login(unique("nobody"), "whatever".toCharArray())).isInstanceOf(LoginResult.Invalid.class);
            s.accounts().update("admin", user, EnumSet.of(Role.TRAINEE), null, false);
            assertThat(s.accounts().login(user, "correct horse battery".toCharArray())).isInstanceOf(LoginResult.Invalid.class);
            assertThat(s.accounts().active(user)).isEmpty();
            assertThatThrownBy(() -> s.accounts().create("admin", user, null, "another password".toCharArray(),
                    EnumSet.of(Role.TRAINEE), null)).isInstanceOf(UsernameTaken.class);
            assertThatThrownBy(() -> s.accounts().create("admin", unique("carol"), null, "another password".toCharArray(),
                    EnumSet.of(Role.OFFICER), null)).isInstanceOf(InvalidAccount.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void apiTokensWorkUntilRevokedOrExpiredAndOnlyTheirHashIsKept(String name, DatabaseSettings settings) {
        assumeAvailable(name);
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Services s = services(database);
            String user = unique("dora");
            s.accounts().create("admin", user, null, "correct horse battery".toCharArray(), EnumSet.of(Role.OFFICER), "FRA");

            TokenService.Issued first = s.tokens().issue(user, "laptop", 30);
            assertThat(first.secret()).startsWith(Secrets.TOKEN_PREFIX).hasSizeGreaterThan(40);
            assertThat(s.tokens().authenticate(first.secret())).map(Account::username).contains(user);
            assertThat(s.tokens().authenticate(first.secret() + "x")).isEmpty();
            assertThat(s.tokens().authenticate(first.secret().replace(Secrets.TOKEN_PREFIX, ""))).isEmpty();

            // what the database holds is the SHA-256 of the token, not the token
            String stored = database.factory().createEntityManager()
                    .createNativeQuery("SELECT token_sha256 FROM api_token WHERE id = ?1").setParameter(1, first.token().id())
                    .getSingleResult().toString();
            assertThat(stored).isEqualTo(Secrets.hash(first.secret())).doesNotContain(first.secret());

            assertThat(s.tokens().revoke(unique("someone-else"), first.token().id())).isFalse();
            assertThat(s.tokens().revoke(user, first.token().id())).isTrue();
            assertThat(s.tokens().authenticate(first.secret())).isEmpty();

            TokenService.Issued second = s.tokens().issue(user, "script", 1);
            assertThat(s.tokens().authenticate(second.secret())).isPresent();
            s.clock().advance(Duration.ofDays(1).plusSeconds(1));
            assertThat(s.tokens().authenticate(second.secret())).as("expired").isEmpty();

            TokenService.Issued third = s.tokens().issue(user, "ci", 30);
            s.accounts().update("admin", user, EnumSet.of(Role.OFFICER), "FRA", false);
            assertThat(s.tokens().authenticate(third.secret())).as("account disabled").isEmpty();
            assertThat(s.tokens().of(user)).hasSize(3).noneMatch(t -> t.toString().contains(third.secret()));
        }
    }

    /** On a database of its own (H2), so that no administrator exists yet; the shared PostgreSQL test database may hold one. */
    @Test
    void theFirstAdministratorComesFromConfigurationOrFromAOneTimeSetupToken() {
        DatabaseSettings fresh = DatabaseSettings.of(null, null, null, dataDir.resolve(unique("fresh")).toString());
        try (Database database = new Database(fresh, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Services s = services(database);
            FirstAdministrator first = new FirstAdministrator(s.accounts(), new Secrets(new SecureRandom()), s.audit());
            List<String> log = new ArrayList<>();
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    log.add(record.getMessage());
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            Logger logger = Logger.getLogger(FirstAdministrator.class.getName());
            logger.addHandler(capture);
            try {
                first.ensure(Optional.of("root"), Optional.of("short"));
                assertThat(s.accounts().anyAdministrator()).as("a password under 12 characters is refused").isFalse();

                // with no usable configuration, a setup token is printed; a later start prints a new one that replaces it
                String stale = token(log);
                log.clear();
                first.ensure(Optional.empty(), Optional.empty());
                String token = token(log);
                assertThat(first.setUp(stale, "root", "correct horse battery".toCharArray())).isEmpty();

                assertThat(first.setUp("wrong-token", "root", "correct horse battery".toCharArray())).isEmpty();
                assertThat(first.setUp(token, "root", "correct horse battery".toCharArray())).map(a -> a.has(Role.ADMINISTRATOR))
                        .contains(true);
                assertThat(first.setUp(token, "root2", "correct horse battery".toCharArray())).as("the token works once").isEmpty();
                assertThat(s.accounts().login("root", "correct horse battery".toCharArray())).isInstanceOf(LoginResult.Valid.class);

                int before = log.size();
                first.ensure(Optional.of("other"), Optional.of("correct horse battery"));
                assertThat(s.accounts().active("other")).as("configuration is ignored once an administrator exists").isEmpty();
                assertThat(log.size()).isEqualTo(before);
            } finally {
                logger.removeHandler(capture);
            }
        }
    }
}
