package org.mlasuite.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlasuite.audit.domain.AuditEvent;
import org.mlasuite.audit.domain.AuditQuery;
import org.mlasuite.audit.infrastructure.JpaAuditLog;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.identity.infrastructure.FakeOpenIdProvider;
import org.mlasuite.identity.infrastructure.JpaAccountRepository;
import org.mlasuite.identity.infrastructure.OidcProvider;
import org.mlasuite.identity.infrastructure.OidcSettings;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.platform.wiring.Migrations;

/**
 * Single sign-on against a real (small) OpenID Connect provider on loopback, with the real accounts and audit trail
 * on H2: the round trip a browser makes, and every way the provider's answer or the browser's return must be refused.
 */
class SingleSignOnTest {

    @TempDir
    static Path dataDir;

    private static final URI REDIRECT = URI.create("http://127.0.0.1:8080/api/session/sso/callback");
    private static Database database;
    private static FakeOpenIdProvider idp;
    private static AccountService accounts;
    private static JpaAuditLog audit;
    private static final MovableClock CLOCK = new MovableClock();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SingleSignOn sso;

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        database = new Database(DatabaseSettings.of(null, null, null, dataDir.toString()), Clock.systemUTC(),
                Migrations.all(new RequestJson(Json.create())));
        assertThat(database.open()).as(database.problem()).isTrue();
        audit = new JpaAuditLog(database::factory, Clock.systemUTC());
        accounts = new AccountService(new JpaAccountRepository(database::factory, Clock.systemUTC()),
                new Passwords(new SecureRandom(), 1_000), audit, Clock.systemUTC());
        accounts.create("admin", "oidc-user", "Olga", "a long enough password".toCharArray(), EnumSet.of(Role.PROSECUTOR), null);
        accounts.create("admin", "oidc-disabled", null, "a long enough password".toCharArray(), EnumSet.of(Role.PROSECUTOR), null);
        accounts.update("admin", "oidc-disabled", EnumSet.of(Role.PROSECUTOR), null, false);
        idp = new FakeOpenIdProvider(0);
    }

    @AfterAll
    static void stop() {
        idp.close();
        database.close();
    }

    @BeforeEach
    void fresh() {
        idp.mode(FakeOpenIdProvider.Mode.GOOD).user("oidc-user");
        CLOCK.now = Instant.now();
        sso = new SingleSignOn(new OidcProvider(settings(idp.issuer())), accounts, audit, new Secrets(new SecureRandom()), CLOCK);
    }

    private static OidcSettings settings(URI issuer) {
        return new OidcSettings(issuer, FakeOpenIdProvider.CLIENT_ID, FakeOpenIdProvider.CLIENT_SECRET, null,
                null, "Test IdP", null);
    }

    /** What the browser brings back from the provider: the parameters of the redirect to our callback. */
    private Map<String, String> visitProvider(URI authorization) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo(REDIRECT.getPath());
        Map<String, String> q = new HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    @Test
    void theProviderVouchesForAUserWithAnAccountAndTheLoginIsAudited() throws Exception {
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());

        SignOnResult result = sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT);

        assertThat(result).isInstanceOfSatisfying(SignOnResult.SignedIn.class,
                s -> assertThat(s.account().username()).isEqualTo("oidc-user"));
        Map<String, String> sent = idp.authorizationRequests.get(idp.authorizationRequests.size() - 1);
        assertThat(sent).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsEntry("client_id", FakeOpenIdProvider.CLIENT_ID).containsKeys("nonce", "code_challenge");
        assertThat(sent.get("scope").split(" ")).contains("openid");
        assertThat(sent.get("state")).hasSize(43);
        assertThat(events("oidc-user")).anyMatch(e -> e.action().equals("session.login") && e.outcome().equals("success")
                && e.detail().contains("Test IdP"));
    }

    @Test
    void aStateIsGoodForOneReturnOnlyAndOnlyInTheBrowserThatLeft() throws Exception {
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());

        assertThat(sso.complete(back.get("state"), back.get("code"), null, "another browser's secret", REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.EXPIRED));
        // the failed attempt used the state up: even the right browser cannot reuse it
        assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.EXPIRED));
        assertThat(sso.complete(null, back.get("code"), null, departure.browserSecret(), REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.EXPIRED));
    }

    @Test
    void aLoginLeftPendingForMoreThanTenMinutesHasExpired() throws Exception {
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());
        CLOCK.now = CLOCK.now.plus(SingleSignOn.VALIDITY).plusSeconds(1);

        assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.EXPIRED));
    }

    @ParameterizedTest
    @EnumSource(value = FakeOpenIdProvider.Mode.class, names = {"FOREIGN_KEY", "WRONG_AUDIENCE", "WRONG_ISSUER",
        "WRONG_NONCE", "EXPIRED", "NO_USERNAME", "UNSIGNED", "TOKEN_ERROR"})
    void anIdTokenThatDoesNotVerifyOrARefusedCodeSignsNoOneIn(FakeOpenIdProvider.Mode mode) throws Exception {
        idp.mode(mode);
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());

        assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.REFUSED));
        assertThat(events("anonymous")).anyMatch(e -> e.action().equals("login.failed")
                && e.detail().startsWith("single sign-on:"));
    }

    @Test
    void aCodeCannotBeRedeemedWithAnotherRedirectUri() throws Exception {
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());

        assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(),
                URI.create("http://127.0.0.1:9999/elsewhere"))).isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.REFUSED));
    }

    @Test
    void aVerifiedUserWithoutAnEnabledAccountHereIsRefusedAndAudited() throws Exception {
        for (String user : List.of("nobody-here", "oidc-disabled")) {
            idp.user(user);
            SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
            Map<String, String> back = visitProvider(departure.authorization());

            assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT))
                    .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.NO_ACCOUNT));
            assertThat(events(user)).anyMatch(e -> e.action().equals("login.failed") && e.outcome().equals("failure"));
        }
    }

    @Test
    void aCancelledLoginAtTheProviderIsReportedAsSuch() throws Exception {
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());

        assertThat(sso.complete(back.get("state"), null, "access_denied", departure.browserSecret(), REDIRECT))
                .isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.CANCELLED));
    }

    @Test
    void aFloodOfUnfinishedLoginsIsCappedUntilTheyExpire() throws Exception {
        for (int i = 0; i < SingleSignOn.MAX_PENDING; i++) {
            assertThat(sso.begin(REDIRECT)).as("login %d", i).isPresent();
        }
        assertThat(sso.begin(REDIRECT)).as("one too many").isEmpty();

        CLOCK.now = CLOCK.now.plus(SingleSignOn.VALIDITY).plusSeconds(1);
        SingleSignOn.Departure departure = sso.begin(REDIRECT).orElseThrow();
        Map<String, String> back = visitProvider(departure.authorization());
        assertThat(sso.complete(back.get("state"), back.get("code"), null, departure.browserSecret(), REDIRECT))
                .isInstanceOf(SignOnResult.SignedIn.class);
    }

    @Test
    void anUnreachableProviderStopsTheLoginAndNotTheSuite() {
        SingleSignOn unreachable = new SingleSignOn(new OidcProvider(settings(URI.create("http://127.0.0.1:1/idp"))),
                accounts, audit, new Secrets(new SecureRandom()), CLOCK);
        assertThat(unreachable.providerName()).contains("Test IdP");
        assertThatThrownBy(() -> unreachable.begin(REDIRECT)).isInstanceOfSatisfying(IdentityProviderRefused.class,
                e -> assertThat(e.unreachable()).isTrue());
    }

    @Test
    void withoutAProviderSingleSignOnIsOff() {
        SingleSignOn off = new SingleSignOn(null, accounts, audit, new Secrets(new SecureRandom()), CLOCK);
        assertThat(off.providerName()).isEmpty();
        assertThat(off.begin(REDIRECT)).isEmpty();
        assertThat(off.complete("s", "c", null, "b", REDIRECT)).isEqualTo(new SignOnResult.Refused(SignOnResult.Reason.NOT_CONFIGURED));
    }

    @Test
    void settingsThatCannotWorkSafelyAreRefusedAtStart() {
        assertThatThrownBy(() -> settings(URI.create("http://idp.example.org/realms/x")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new OidcSettings(URI.create("https://idp.example.org"), " ", null, null, null, null, null))
                .hasMessageContaining("client-id");
        assertThatThrownBy(() -> new OidcSettings(URI.create("https://idp.example.org"), "c", null, null,
                List.of("profile"), null, null)).hasMessageContaining("openid");
        OidcSettings defaults = new OidcSettings(URI.create("https://idp.example.org"), "c", "", null, null, null, null);
        assertThat(defaults.clientSecret()).isNull();
        assertThat(defaults.usernameClaim()).isEqualTo("preferred_username");
        assertThat(defaults.displayName()).isEqualTo("idp.example.org");
    }

    private static List<AuditEvent> events(String actor) {
        return audit.find(new AuditQuery(null, null, actor, 0, 200)).items();
    }

    static {
        // the ten-minute window is what the README promises; keep the test honest if it changes
        assertThat(SingleSignOn.VALIDITY).isEqualTo(Duration.ofMinutes(10));
    }
}
