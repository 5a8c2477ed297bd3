package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlasuite.web.Api.assertProblem;
import static org.mlasuite.web.Api.object;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, authentication and object-level authorization on the built application in Payara Micro: for every
 * case-data endpoint, anonymous gets 401 with a challenge, another user 404, the owner 2xx; officers see the
 * drafts of their State; CSRF on cookie sessions; lockout; the audit trail; the security headers.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private Client client;
    private Api api;

    @BeforeEach
    void open() {
        client = ClientBuilder.newClient();
        api = new Api(base, client);
    }

    @AfterEach
    void close() {
        client.close();
    }

    /** A stored draft of the first sample (France asks Australia), owned by a new prosecutor. */
    private record Owned(String owner, String id) {
    }

    private Owned draftOfNewProsecutor() {
        String owner = api.userWithToken("owner", "prosecutor", null);
        Response created = api.at("requests").header("Authorization", owner).post(Entity.json(document()));
        assertThat(created.getStatus()).isEqualTo(201);
        return new Owned(owner, object(created.readEntity(String.class)).getString("id"));
    }

    private String document() {
        return api.firstSample().getJsonObject("document").toString();
    }

    /** Every case-data operation on one draft, as (name, call with an Authorization header or none). */
    private List<Case> caseEndpoints(String id) {
        return List.of(
                new Case("GET /requests/{id}", b -> b.get(), "requests/" + id),
                new Case("PUT /requests/{id}", b -> b.header("If-Match", "\"1\"").put(Entity.json(document())), "requests/" + id),
                new Case("DELETE /requests/{id}", b -> b.header("If-Match", "\"1\"").delete(), "requests/" + id),
                new Case("GET /requests/{id}/checks", b -> b.get(), "requests/" + id + "/checks"),
                new Case("GET /requests/{id}/document.pdf", b -> b.accept("application/pdf", "application/problem+json").get(),
                        "requests/" + id + "/document.pdf"),
                new Case("GET /requests/{id}/audit", b -> b.get(), "requests/" + id + "/audit"));
    }

    private record Case(String name, Function<Invocation.Builder, Response> call, String path) {
    }

    private Response call(Case c, String authorization) {
        Invocation.Builder b = api.at(c.path());
        if (authorization != null) {
            b = b.header("Authorization", authorization);
        }
        return c.call().apply(b);
    }

    @Test
    void anonymousGets401WithAChallengeOnEveryCaseDataEndpoint() {
        Owned draft = draftOfNewProsecutor();
        for (Case c : caseEndpoints(draft.id())) {
            Response r = call(c, null);
            assertThat(r.getHeaderString("WWW-Authenticate")).as(c.name()).contains("Basic").contains("Bearer");
            assertProblem(r, 401);
        }
        assertProblem(api.at("requests").get(), 401);
        assertProblem(api.at("requests").post(Entity.json(document())), 401);
        assertProblem(api.at("tokens").get(), 401);
        assertProblem(api.at("admin/users").get(), 401);
        assertProblem(api.at("audit").get(), 401);
        // the challenge a browser script receives does not make the browser open its own password dialog
        Response fromScript = api.at("requests").header("X-Requested-With", "XMLHttpRequest").get();
        assertThat(fromScript.getHeaderString("WWW-Authenticate")).doesNotContain("Basic");
    }

    @Test
    void anotherProsecutorGets404OnEveryCaseDataEndpointAndDoesNotSeeTheDraftListed() {
        Owned draft = draftOfNewProsecutor();
        String other = api.userWithToken("other", "prosecutor", null);
        for (Case c : caseEndpoints(draft.id())) {
            assertProblem(call(c, other), 404);
        }
        String list = api.at("requests?size=100").header("Authorization", other).get(String.class);
        assertThat(list).doesNotContain(draft.id());
        // the draft is untouched by the refused PUT and DELETE
        Response read = api.at("requests/" + draft.id()).header("Authorization", draft.owner()).get();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getHeaderString("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void theOwnerGets2xxOnEveryCaseDataEndpoint() {
        Owned draft = draftOfNewProsecutor();
        List<Case> cases = caseEndpoints(draft.id());
        // in this order: the PUT makes version 2, so the DELETE (which names version 1) comes after a fresh read
        for (Case c : cases) {
            if (c.name().startsWith("DELETE")) {
                continue;
            }
            Response r = call(c, draft.owner());
            assertThat(r.getStatus()).as(c.name()).isEqualTo(200);
            r.close();
        }
        assertThat(api.at("requests?size=100").header("Authorization", draft.owner()).get(String.class)).contains(draft.id());
        Response delete = api.at("requests/" + draft.id()).header("Authorization", draft.owner()).header("If-Match", "\"2\"").delete();
        assertThat(delete.getStatus()).isEqualTo(204);
    }

    @Test
    void anOfficerReadsTheDraftsOfTheirStateButChangesNoneAndSeesNoOthers() {
        Owned draft = draftOfNewProsecutor();
        String australia = api.userWithToken("officer-aus", "officer", "AUS");
        String germany = api.userWithToken("officer-deu", "officer", "DEU");
        for (Case c : caseEndpoints(draft.id())) {
            Response r = call(c, australia);
            if (c.name().startsWith("PUT") || c.name().startsWith("DELETE")) {
                assertProblem(r, 403);
            } else {
                assertThat(r.getStatus()).as(c.name()).isEqualTo(200);
                r.close();
            }
            assertProblem(call(c, germany), 404);
        }
        assertThat(api.at("requests?size=100").header("Authorization", australia).get(String.class)).contains(draft.id());
        assertThat(api.at("requests?size=100").header("Authorization", germany).get(String.class)).doesNotContain(draft.id());
    }

    @Test
    void anAdministratorManagesAccountsButSeesNoCaseData() {
        Owned draft = draftOfNewProsecutor();
        for (Case c : caseEndpoints(draft.id())) {
            assertProblem(call(c, Api.admin()), 403);
        }
        String prosecutor = api.userWithToken("not-admin", "prosecutor", null);
        assertProblem(api.at("admin/users").header("Authorization", prosecutor).get(), 403);
        assertProblem(api.at("admin/users").header("Authorization", prosecutor)
                .post(Entity.json("{\"username\":\"x-" + System.nanoTime() + "\",\"password\":\"long enough password\",\"roles\":[\"administrator\"]}")), 403);
        assertProblem(api.at("audit").header("Authorization", prosecutor).get(), 403);

        String name = Api.unique("dup");
        api.createUser(name, List.of("trainee"), null);
        Response duplicate = api.at("admin/users").header("Authorization", Api.admin())
                .post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"long enough password\",\"roles\":[\"trainee\"]}"));
        assertProblem(duplicate, 409);
        Response invalid = api.at("admin/users").header("Authorization", Api.admin())
                .post(Entity.json("{\"username\":\"Bad Name\",\"password\":\"short\",\"roles\":[\"officer\"]}"));
        String body = invalid.readEntity(String.class);
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(body).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
        Response officerWithoutState = api.at("admin/users").header("Authorization", Api.admin())
                .post(Entity.json("{\"username\":\"" + Api.unique("o") + "\",\"password\":\"long enough password\",\"roles\":[\"officer\"]}"));
        assertThat(officerWithoutState.readEntity(String.class)).contains("\"field\":\"stateCode\"");

        Response setup = api.at("setup").post(Entity.json("{\"setupToken\":\"guess\",\"username\":\"root\",\"password\":\"long enough password\"}"));
        assertProblem(setup, 409);
    }

    @Test
    void wrongCredentialsAreRefusedEvenOnPublicResources() {
        assertProblem(api.at("states").header("Authorization", Api.basic(Api.ADMIN, "wrong password")).get(), 401);
        assertProblem(api.at("requests").header("Authorization", Api.bearer("mla_notatoken")).get(), 401);
        assertProblem(api.at("requests").header("Authorization", "Digest username=x").get(), 401);
        assertProblem(api.at("requests").header("Authorization", "Basic !!!").get(), 401);
    }

    @Test
    void fiveFailedLoginsLockTheAccountForEveryChannelWithA429() {
        String name = Api.unique("locked");
        String password = api.createUser(name, List.of("prosecutor"), null);
        for (int i = 1; i <= 4; i++) {
            assertProblem(api.at("requests").header("Authorization", Api.basic(name, "wrong password " + i)).get(), 401);
        }
        Response fifth = api.at("requests").header("Authorization", Api.basic(name, "wrong password 5")).get();
        assertThat(fifth.getStatus()).isIn(401, 429);
        fifth.close();

        Response right = api.at("requests").header("Authorization", Api.basic(name, password)).get();
        assertThat(Long.parseLong(right.getHeaderString("Retry-After"))).isBetween(1L, 900L);
        assertProblem(right, 429);
        Response session = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
        assertProblem(session, 429);

        JsonObject trail = object(api.at("audit?objectType=account&objectId=" + name).header("Authorization", Api.admin()).get(String.class));
        assertThat(trail.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")))
                .filteredOn("login.failed"::equals).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void aCookieSessionNeedsItsCsrfTokenForEveryChange() {
        String name = Api.unique("browser");
        String password = api.createUser(name, List.of("prosecutor"), null);
        Response login = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
        assertThat(login.getStatus()).isEqualTo(200);
        String setCookie = login.getHeaderString("Set-Cookie");
        assertThat(setCookie).contains("MLA_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(login.getHeaderString("Cache-Control")).isEqualTo("no-store");
        String csrf = object(login.readEntity(String.class)).getString("csrfToken");
        assertThat(csrf).hasSizeGreaterThan(30);
        String cookie = setCookie.split(";")[0];

        assertThat(api.at("requests").header("Cookie", cookie).get().getStatus()).isEqualTo(200);
        assertThat(object(api.at("session").header("Cookie", cookie).get(String.class)).getString("csrfToken")).isEqualTo(csrf);

        assertProblem(api.at("requests").header("Cookie", cookie).post(Entity.json(document())), 403);
        assertProblem(api.at("requests").header("Cookie", cookie).header("X-CSRF-Token", "forged").post(Entity.json(document())), 403);
        Response created = api.at("requests").header("Cookie", cookie).header("X-CSRF-Token", csrf).post(Entity.json(document()));
        assertThat(created.getStatus()).isEqualTo(201);

        assertProblem(api.at("session").header("Cookie", cookie).delete(), 403);
        assertThat(api.at("session").header("Cookie", cookie).header("X-CSRF-Token", csrf).delete().getStatus()).isEqualTo(204);
        assertProblem(api.at("requests").header("Cookie", cookie).get(), 401);

        Response wrong = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"not the password\"}"));
        assertThat(wrong.getHeaderString("WWW-Authenticate")).isNull();
        assertProblem(wrong, 401);
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOneAndAnAdministratorResetsALostOne() {
        String name = Api.unique("changer");
        String password = api.createUser(name, List.of("prosecutor"), null);
        String next = Api.randomPassword();
        String change = "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"" + next + "\"}";

        assertProblem(api.at("session/password").put(Entity.json(change)), 401);
        Response login = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
        String cookie = login.getHeaderString("Set-Cookie").split(";")[0];
        String csrf = object(login.readEntity(String.class)).getString("csrfToken");
        assertProblem(api.at("session/password").header("Cookie", cookie).put(Entity.json(change)), 403);
        JsonObject wrong = assertProblem(api.at("session/password").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .put(Entity.json("{\"currentPassword\":\"not it\",\"newPassword\":\"" + next + "\"}")), 400);
        assertThat(wrong.toString()).contains("currentPassword");
        JsonObject tooShort = assertProblem(api.at("session/password").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .put(Entity.json("{\"currentPassword\":\"" + password + "\",\"newPassword\":\"short\"}")), 400);
        assertThat(tooShort.toString()).contains("newPassword");

        Response changed = api.at("session/password").header("Cookie", cookie).header("X-CSRF-Token", csrf).put(Entity.json(change));
        assertThat(changed.getStatus()).isEqualTo(204);
        assertProblem(api.at("requests").header("Authorization", Api.basic(name, password)).get(), 401);
        assertThat(api.at("requests").header("Authorization", Api.basic(name, next)).get().getStatus()).isEqualTo(200);

        String reset = "{\"password\":\"" + password + "\"}";
        assertProblem(api.at("admin/users/" + name + "/password").header("Authorization", Api.basic(name, next)).put(Entity.json(reset)), 403);
        assertProblem(api.at("admin/users/" + Api.unique("nobody") + "/password").header("Authorization", Api.admin())
                .put(Entity.json(reset)), 404);
        assertThat(api.at("admin/users/" + name + "/password").header("Authorization", Api.admin()).put(Entity.json(reset))
                .getStatus()).isEqualTo(204);
        assertThat(api.at("requests").header("Authorization", Api.basic(name, password)).get().getStatus()).isEqualTo(200);

        JsonObject trail = object(api.at("audit?objectType=account&objectId=" + name).header("Authorization", Api.admin()).get(String.class));
        assertThat(trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("account.password")).map(e -> e.getString("actor")))
                .containsExactlyInAnyOrder(name, Api.ADMIN);
    }

    @Test
    void aTokenCannotMintTokensAndDiesWhenRevoked() {
        String name = Api.unique("tokens");
        String password = api.createUser(name, List.of("trainer"), null);
        Response issued = api.at("tokens").header("Authorization", Api.basic(name, password))
                .post(Entity.json("{\"name\":\"laptop\",\"days\":7}"));
        assertThat(issued.getStatus()).isEqualTo(201);
        JsonObject token = object(issued.readEntity(String.class));
        String bearer = Api.bearer(token.getString("token"));

        assertProblem(api.at("tokens").header("Authorization", bearer).post(Entity.json("{\"name\":\"more\"}")), 403);
        Response withToken = api.at("tokens").header("Authorization", bearer).get();
        assertThat(withToken.getHeaderString("Set-Cookie")).as("API clients get no session").isNull();
        String listed = withToken.readEntity(String.class);
        assertThat(listed).contains(token.getString("id")).doesNotContain(token.getString("token"));

        assertThat(api.at("tokens/" + token.getString("id")).header("Authorization", bearer).delete().getStatus()).isEqualTo(204);
        assertProblem(api.at("requests").header("Authorization", bearer).get(), 401);
    }

    @Test
    void disablingAnAccountEndsItsTokensAndSessionsAtOnce() {
        String name = Api.unique("leaver");
        String password = api.createUser(name, List.of("prosecutor"), null);
        String bearer = Api.bearer(api.token(name, password));
        Response login = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
        String cookie = login.getHeaderString("Set-Cookie").split(";")[0];
        assertThat(api.at("requests").header("Cookie", cookie).get().getStatus()).isEqualTo(200);

        Response disabled = api.at("admin/users/" + name).header("Authorization", Api.admin())
                .put(Entity.json("{\"roles\":[\"prosecutor\"],\"enabled\":false}"));
        assertThat(disabled.getStatus()).isEqualTo(200);
        assertProblem(api.at("requests").header("Authorization", bearer).get(), 401);
        assertProblem(api.at("requests").header("Cookie", cookie).get(), 401);
        assertProblem(api.at("requests").header("Authorization", Api.basic(name, password)).get(), 401);
    }

    @Test
    void createUpdateRenderAndDeleteAreAuditedWithTheContentFingerprint() {
        Owned draft = draftOfNewProsecutor();
        api.at("requests/" + draft.id()).header("Authorization", draft.owner()).header("If-Match", "\"1\"").put(Entity.json(document())).close();
        api.at("requests/" + draft.id() + "/document.pdf").header("Authorization", draft.owner()).get().close();
        api.at("requests/" + draft.id() + "/completeness-report.pdf").header("Authorization", draft.owner()).get().close();

        JsonObject own = object(api.at("requests/" + draft.id() + "/audit").header("Authorization", draft.owner()).get(String.class));
        assertThat(own.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")))
                .containsExactly("request.render", "request.render", "request.update", "request.create");
        assertThat(own.getJsonArray("items").getJsonObject(0).getString("detail")).startsWith("completeness-report");
        assertThat(own.getJsonArray("items")).allSatisfy(e -> assertThat(e.asJsonObject().getString("contentSha256")).matches("[0-9a-f]{64}"));

        api.at("requests/" + draft.id()).header("Authorization", draft.owner()).header("If-Match", "\"2\"").delete().close();
        JsonObject all = object(api.at("audit?objectType=request&objectId=" + draft.id()).header("Authorization", Api.admin()).get(String.class));
        assertThat(all.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")))
                .containsExactly("request.delete", "request.render", "request.render", "request.update", "request.create");
        assertThat(all.getJsonArray("items").getJsonObject(0).getString("outcome")).isEqualTo("success");

        String name = Api.unique("sessions");
        String password = api.createUser(name, List.of("trainee"), null);
        Response login = api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
        String cookie = login.getHeaderString("Set-Cookie").split(";")[0];
        String csrf = object(login.readEntity(String.class)).getString("csrfToken");
        api.at("session").header("Cookie", cookie).header("X-CSRF-Token", csrf).delete().close();
        api.at("session").post(Entity.json("{\"username\":\"" + name + "\",\"password\":\"wrong password\"}")).close();
        JsonObject account = object(api.at("audit?actor=" + name).header("Authorization", Api.admin()).get(String.class));
        assertThat(account.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")))
                .containsExactly("login.failed", "session.logout", "session.login");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndCaseDataIsNeverCached() {
        Owned draft = draftOfNewProsecutor();
        Response[] responses = {
            api.at("states").get(),
            api.at("requests/" + draft.id()).header("Authorization", draft.owner()).get(),
            api.at("requests").get(),
            api.at("no-such-thing").get(),
            client.target(base.toString()).request().get()};
        for (Response r : responses) {
            assertThat(r.getHeaderString("Content-Security-Policy")).as("status " + r.getStatus())
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeaderString("Referrer-Policy")).isEqualTo("no-referrer");
            r.close();
        }
        assertThat(responses[1].getHeaderString("Cache-Control")).isEqualTo("no-store");
        assertThat(responses[2].getHeaderString("Cache-Control")).isEqualTo("no-store");
        Response pdf = api.at("requests/" + draft.id() + "/document.pdf").header("Authorization", draft.owner()).get();
        assertThat(pdf.getHeaderString("Cache-Control")).isEqualTo("no-store");
        pdf.close();
    }

    @Test
    void referenceDataAndStatelessChecksStayPublic() {
        for (String path : List.of("states", "instruments", "schema/request", "checks/catalog", "samples")) {
            Response r = api.at(path).get();
            assertThat(r.getStatus()).as(path).isEqualTo(200);
            r.close();
        }
        assertThat(api.at("checks").post(Entity.json(document())).getStatus()).isEqualTo(200);
    }
}
