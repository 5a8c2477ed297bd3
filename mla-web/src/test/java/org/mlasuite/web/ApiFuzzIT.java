package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arbitrary requests through the whole HTTP and JAX-RS stack of the built application in Payara Micro: every
 * endpoint that takes a body or parameters, any method the route allows, any caller (anonymous, each role by token,
 * a garbled Authorization header), any media type, any bytes as the body, any text in path and query parameters.
 * Whatever comes in, the answer is never a 5xx, never a stack trace, and the application's errors are problem+json.
 *
 * <p>Every build replays {@value #REPLAYED} pseudo-random requests from a fixed seed (a failure names the seed's
 * request number, so it reproduces), and Jazzer's saved inputs. To fuzz for real with Jazzer's guidance (it runs for
 * at most 5 minutes):
 * {@code JAZZER_FUZZ=1 ./mvnw verify -pl mla-api,mla-web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiFuzzIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    static final int REPLAYED = 1_500;

    /** Routes with a place for an identifier ({id}) or a query; methods are chosen among these per route. */
    private record Route(String path, List<String> methods) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("session", List.of("POST", "GET", "DELETE")),
            new Route("session/password", List.of("PUT")),
            new Route("session/sso", List.of("GET")),
            new Route("session/sso/callback?state={q}&code={q}&error={q}", List.of("GET")),
            new Route("setup", List.of("POST")),
            new Route("tokens", List.of("POST", "GET")),
            new Route("tokens/{id}", List.of("DELETE")),
            new Route("admin/users", List.of("POST", "GET")),
            new Route("admin/users/{id}", List.of("PUT", "GET")),
            new Route("admin/users/{id}/password", List.of("PUT")),
            new Route("audit?objectType={q}&objectId={q}&actor={q}&page={q}&size={q}", List.of("GET")),
            new Route("requests", List.of("POST", "GET")),
            new Route("requests?page={q}&size={q}&q={q}", List.of("GET")),
            new Route("requests/{id}", List.of("PUT", "GET", "DELETE")),
            new Route("requests/{id}/checks?lang={q}", List.of("GET")),
            new Route("requests/{id}/document.pdf?lang={q}&lang2={q}", List.of("GET")),
            new Route("requests/{id}/completeness-report.pdf?lang={q}", List.of("GET")),
            new Route("requests/{id}/audit", List.of("GET")),
            new Route("checks?lang={q}", List.of("POST")),
            new Route("legal-basis?requesting={q}&requested={q}&type={q}&date={q}", List.of("GET")),
            new Route("states/{id}?lang={q}", List.of("GET")),
            new Route("incoming", List.of("POST", "GET")),
            new Route("incoming/manual", List.of("POST")),
            new Route("incoming/sent", List.of("POST")),
            new Route("incoming/{id}", List.of("GET")),
            new Route("incoming/{id}/review/decisions", List.of("PUT")),
            new Route("incoming/{id}/status", List.of("POST")),
            new Route("incoming/{id}/assignee", List.of("PUT")),
            new Route("incoming/{id}/deadlines", List.of("POST")),
            new Route("incoming/{id}/deadlines/{q}/met", List.of("POST")),
            new Route("incoming/{id}/replies/{q}.pdf?lang={q}", List.of("GET")),
            new Route("incoming/statistics?from={q}&to={q}&state={q}", List.of("GET")),
            new Route("training/sessions", List.of("POST", "GET")),
            new Route("training/sessions/{id}/reset", List.of("POST")),
            new Route("training/sessions/{id}/results?lang={q}", List.of("GET")),
            new Route("training/sessions/{id}/results.csv?lang={q}", List.of("GET")),
            new Route("training/sessions/{id}/results.pdf?lang={q}", List.of("GET")),
            new Route("training/exercises/{id}/document.pdf?lang={q}", List.of("GET")),
            new Route("training/join", List.of("POST")),
            new Route("training/exercises", List.of("POST", "GET")),
            new Route("training/exercises/{id}", List.of("PUT", "GET")),
            new Route("training/exercises/{id}/submit?lang={q}", List.of("POST")),
            new Route("training/scenarios/{id}?lang={q}", List.of("GET")));

    private static final List<String> MEDIA_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/pdf", "text/plain", "application/xml", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/octet-stream", "", "*/*", "application/json; charset=EBCDIC");

    /** Shapes of JSON the fuzzer fills in, so that requests get past the parser often enough to reach the use cases. */
    private static final List<String> BODY_SHAPES = List.of("%s", "{\"%s\":%s}", "{\"type\":\"%s\",\"requestingState\":\"%s\"}",
            "{\"schemaVersion\":2,\"type\":\"mla\",\"requestingState\":\"FRA\",\"requestedState\":\"%s\",\"facts\":\"%s\"}",
            "{\"username\":\"%s\",\"password\":\"%s\"}", "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}",
            "{\"name\":\"%s\",\"days\":%s}", "{\"status\":\"%s\",\"note\":\"%s\"}", "[%s,\"%s\"]", "{\"code\":\"%s\",\"x\":%s}");

    /** Callers: anonymous, each role by API token, and garbled credentials. Filled once per deployment. */
    private static List<String> callers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void callers() {
        if (callers != null) {
            return;
        }
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            // tokens, not Basic: a Basic login costs 600,000 PBKDF2 rounds, too slow for thousands of requests
            callers = List.of("", api.userWithToken("fuzz-prosecutor", "prosecutor", null),
                    api.userWithToken("fuzz-officer", "officer", "JPN"), api.userWithToken("fuzz-trainer", "trainer", null),
                    api.userWithToken("fuzz-trainee", "trainee", null),
                    Api.bearer(api.token(Api.ADMIN, System.getProperty("mla.it.admin.password"))),
                    "Bearer mla_not-a-token", "Basic !!!", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "nobody-fuzz:wrong".getBytes(StandardCharsets.UTF_8)), "Negotiate abc");
        } finally {
            client.close();
        }
    }

    /** The choices a request is made of: from Jazzer while fuzzing, from a seeded Random in every build. */
    interface Choices {
        int pick(int size);

        String text(int max);

        byte[] rest();
    }

    @Test
    void pseudoRandomRequestsNeverGetA5xx() throws Exception {
        Random random = new Random(20261128L);
        for (int i = 0; i < REPLAYED; i++) {
            Random one = new Random(random.nextLong());
            Choices choices = new Choices() {
                @Override
                public int pick(int size) {
                    return one.nextInt(size);
                }

                @Override
                public String text(int max) {
                    return randomText(one, one.nextInt(max + 1));
                }

                @Override
                public byte[] rest() {
                    byte[] bytes = new byte[one.nextInt(600)];
                    one.nextBytes(bytes);
                    return one.nextBoolean() ? bytes : randomText(one, bytes.length).getBytes(StandardCharsets.UTF_8);
                }
            };
            send(choices, "replayed request " + i);
        }
    }

    /** The fuzzer's first finding (a 500 from a charset the JVM does not know), kept as a plain test. */
    @Test
    void aBodyDeclaredInAnotherCharsetThanUtf8Gets415() throws Exception {
        for (String type : List.of("application/json; charset=EBCDIC", "application/json; charset=ISO-8859-1", "text/plain; charset=\"\"")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/incoming"))
                    .header("Authorization", callers.get(2)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type + ": " + response.body()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @FuzzTest(maxDuration = "5m")
    void arbitraryRequestsNeverGetA5xx(FuzzedDataProvider data) throws Exception {
        send(new Choices() {
            @Override
            public int pick(int size) {
                return data.consumeInt(0, size - 1);
            }

            @Override
            public String text(int max) {
                return data.consumeString(max);
            }

            @Override
            public byte[] rest() {
                return data.consumeRemainingAsBytes();
            }
        }, "fuzzed request");
    }

    private void send(Choices c, String label) throws IOException, InterruptedException {
        Route route = ROUTES.get(c.pick(ROUTES.size()));
        String method = route.methods().get(c.pick(route.methods().size()));
        String path = route.path().replace("{id}", encode(c.text(40)));
        while (path.contains("{q}")) {
            path = path.replaceFirst("\\{q\\}", encode(c.text(30)));
        }
        String caller = callers.get(c.pick(callers.size()));
        String type = MEDIA_TYPES.get(c.pick(MEDIA_TYPES.size()));
        String shape = BODY_SHAPES.get(c.pick(BODY_SHAPES.size()));
        boolean shaped = c.pick(2) == 0;
        byte[] body = shaped ? shape.replace("%s", jsonish(c.text(80))).getBytes(StandardCharsets.UTF_8) : c.rest();

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path)).timeout(Duration.ofSeconds(60));
        if (!caller.isEmpty()) {
            request.header("Authorization", caller);
        }
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        request.header("X-Requested-With", "XMLHttpRequest");
        request.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        String what = label + ": " + method + " /api/" + path + " as " + (caller.isEmpty() ? "anonymous" : caller.split(" ")[0])
                + " with " + type + ", answered " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(what).isLessThan(500);
        assertThat(response.body()).as(what).doesNotContain("\tat org.", "\tat java.", "Exception:");
        // the HTTP server itself refuses some addresses before the application sees them (an encoded slash or
        // backslash in a path: 400, empty); what the application answers carries its security headers
        boolean fromApplication = response.headers().firstValue("Content-Security-Policy").isPresent();
        if (response.statusCode() >= 400 && fromApplication) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        } else if (response.statusCode() >= 400) {
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            assertThat(response.body()).as(what).isEmpty();
        }
    }

    /** Text safe to drop between JSON quotes half of the time, raw (breaking the JSON) the other half. */
    private static String jsonish(String text) {
        return text.hashCode() % 2 == 0 ? text.replace("\\", "\\\\").replace("\"", "\\\"") : text;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static final String ALPHABET = "aZ09 -_./\\\"'{}[]:,<>&%;=?#@!\u00e9\u0416\u0639\u4e2d\u0000\n\t\ud83d\ude00";

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int pick = random.nextInt(ALPHABET.length());
            char ch = ALPHABET.charAt(pick);
            text.append(Character.isHighSurrogate(ch) && pick + 1 < ALPHABET.length() ? ALPHABET.substring(pick, pick + 2) : String.valueOf(ch));
            if (random.nextInt(8) == 0) {
                text.append(List.of("FRA", "mla", "extradition", "null", "true", "-1", "99999999999", "1e309", "2026-02-30",
                        "prosecutor", "en", "ar", "zh", "received").get(random.nextInt(14)));
            }
        }
        return text.toString();
    }
}
