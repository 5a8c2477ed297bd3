package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
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
 * The central authority's round on the running application: a prosecutor's draft becomes a PDF, the officer
 * imports that PDF, reviews it, asks for more information, follows the deadline, closes the case and sees it in
 * the statistics.
 */
@ExtendWith(ArquillianExtension.class)
class DeskIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private Client client;
    private Api api;
    private String prosecutor;
    private String officerJpn;

    @BeforeEach
    void open() {
        client = ClientBuilder.newClient();
        api = new Api(base, client);
        prosecutor = api.userWithToken("desk-prosecutor", "prosecutor", null);
        officerJpn = api.userWithToken("desk-officer-jpn", "officer", "JPN");
    }

    @AfterEach
    void close() {
        client.close();
    }

    private jakarta.ws.rs.client.Invocation.Builder as(String who, String path) {
        return client.target(api.uri(path)).request().header("Authorization", who);
    }

    private jakarta.ws.rs.client.Invocation.Builder as(String who, jakarta.ws.rs.client.WebTarget target) {
        return target.request().header("Authorization", who);
    }

    private static JsonObject object(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    private JsonObject sample(String id) {
        Response samples = client.target(api.uri("samples")).request().get();
        try (JsonReader reader = Json.createReader(new StringReader(samples.readEntity(String.class)))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(id))
                    .findFirst().orElseThrow().getJsonObject("document");
        }
    }

    @Test
    void anOfficerImportsReviewsAsksForMoreClosesAndCounts() {
        JsonObject document = Json.createObjectBuilder(sample("mla-nld-jpn-drugs")).remove("purpose").build();
        Response draft = as(prosecutor, "requests").post(Entity.json(document.toString()));
        assertThat(draft.getStatus()).isEqualTo(201);
        byte[] pdf = as(prosecutor, client.target(draft.getLocation().toString() + "/document.pdf")).get(byte[].class);

        Response imported = as(officerJpn, client.target(api.uri("incoming")).queryParam("filename", "NLD request.pdf"))
                .post(Entity.entity(pdf, "application/pdf"));
        assertThat(imported.getStatus()).isEqualTo(201);
        JsonObject entry = object(imported);
        assertThat(entry.getString("fingerprintCheck")).isEqualTo("verified");
        assertThat(entry.getString("status")).isEqualTo("received");
        assertThat(entry.getJsonArray("deadlines")).isNotEmpty();
        String id = entry.getString("id");

        assertThat(as(api.userWithToken("desk-officer-deu", "officer", "DEU"), "incoming/" + id).get().getStatus())
                .as("another State's officer does not see it").isEqualTo(404);
        assertThat(client.target(api.uri("incoming/" + id)).request().get().getStatus()).as("anonymous").isEqualTo(401);
        assertThat(as(prosecutor, "incoming/" + id).get().getStatus()).as("a prosecutor is no officer").isEqualTo(403);

        JsonObject review = object(as(officerJpn, "incoming/" + id + "/review").get());
        assertThat(review.getJsonArray("items")).anySatisfy(i ->
                assertThat(i.asJsonObject().getJsonObject("finding").getString("id")).isEqualTo("mla.purpose"));
        assertThat(review.getInt("outstanding")).isPositive();

        String etag = imported.getEntityTag().getValue();
        etag = move(id, etag, "under-review", 200);
        etag = move(id, etag, "additional-information-requested", 200);
        Response deadline = as(officerJpn, "incoming/" + id + "/deadlines").header("If-Match", "\"" + etag + "\"")
                .post(Entity.json("{\"kind\":\"additional-information\",\"date\":\"2027-01-15\",\"note\":\"purpose of the request\"}"));
        assertThat(deadline.getStatus()).isEqualTo(200);
        etag = deadline.getEntityTag().getValue();
        replies(id);
        assertThat(move(id, etag, "executed", 409)).isNull();
        etag = move(id, etag, "under-review", 200);
        etag = move(id, etag, "in-execution", 200);
        etag = move(id, etag, "executed", 200);

        JsonObject closed = object(as(officerJpn, "incoming/" + id).get());
        assertThat(closed.getString("closedOn")).isNotBlank();
        assertThat(as(officerJpn, "incoming/" + id + "/history").get(String.class))
                .contains("additional-information-requested").contains("deadline-added");
        assertThat(as(officerJpn, "incoming/" + id + "/original").get(byte[].class)).isEqualTo(pdf);

        JsonObject statistics = object(as(officerJpn, "incoming/statistics").get());
        assertThat(statistics.getInt("closed")).isPositive();
        assertThat(statistics.getJsonArray("byState")).anySatisfy(g -> assertThat(g.asJsonObject().getString("key")).isEqualTo("NLD"));
        Response csv = as(officerJpn, "incoming/statistics.csv").get();
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        assertThat(csv.readEntity(String.class)).contains("state,NLD,");
    }

    @Test
    void badIntakeGetsAProblemNamingTheField() {
        Response notPdf = as(officerJpn, "incoming").post(Entity.entity("hello".getBytes(), "application/pdf"));
        assertThat(notPdf.getStatus()).isEqualTo(400);
        assertThat(notPdf.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(notPdf.readEntity(String.class)).contains("\"file\"");
        Response badStatus = as(officerJpn, client.target(api.uri("incoming")).queryParam("status", "lost")).get();
        assertThat(badStatus.getStatus()).isEqualTo(400);
        Response notOurs = as(officerJpn, "incoming").post(Entity.json(sample("mla-fra-aus-laundering").toString()));
        assertThat(notOurs.getStatus()).as("a request addressed to Australia").isEqualTo(403);
    }

    /** The register's replies as PDFs, and their parameter problems. */
    private void replies(String id) {
        Response more = client.target(api.uri("incoming/" + id + "/replies/additional-information.pdf")).queryParam("lang", "en")
                .queryParam("note", "Please state the purpose of the request.").request().header("Authorization", officerJpn).get();
        assertThat(more.getStatus()).isEqualTo(200);
        assertThat(more.getMediaType().toString()).isEqualTo("application/pdf");
        String text = text(more.readEntity(byte[].class));
        assertThat(text).contains("Request for additional information (UNTOC art. 18(16))").contains("Please reply by 2027-01-15.")
                .contains("Please state the purpose of the request.");

        Response acknowledgement = client.target(api.uri("incoming/" + id + "/replies/acknowledgement.pdf")).request().header("Authorization", officerJpn).get();
        assertThat(acknowledgement.getStatus()).isEqualTo(200);
        assertThat(acknowledgement.getHeaderString("Content-Language")).isNotBlank();

        Response refusal = client.target(api.uri("incoming/" + id + "/replies/refusal.pdf")).queryParam("lang", "fr")
                .queryParam("lang2", "en").queryParam("note", "Motifs essentiels.").request().header("Authorization", officerJpn).get();
        assertThat(refusal.getStatus()).isEqualTo(200);
        assertThat(refusal.getHeaderString("Content-Language")).isEqualTo("fr, en");
        assertThat(text(refusal.readEntity(byte[].class))).contains("Notification de refus").contains("Notice of refusal");

        for (String[] bad : new String[][] {{"refusal", "note", ""}, {"postponement", "lang", "xx"}, {"acknowledgement", "lang2", "xx"},
                {"verdict", "kind", ""}}) {
            var target = client.target(api.uri("incoming/" + id + "/replies/" + bad[0] + ".pdf"));
            if (!bad[2].isEmpty()) {
                target = target.queryParam(bad[1], bad[2]).queryParam("note", "n");
            }
            Response problem = target.request().header("Authorization", officerJpn).get();
            assertThat(problem.getStatus()).as(bad[0] + " " + bad[1]).isEqualTo(400);
            assertThat(problem.getMediaType().toString()).startsWith("application/problem+json");
            assertThat(problem.readEntity(String.class)).contains("\"" + bad[1] + "\"");
        }
    }

    private static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a PDF", e);
        }
    }

    /** Moves the entry; returns the new ETag, or null when the expected status is not 200. */
    private String move(String id, String etag, String to, int expected) {
        Response response = as(officerJpn, "incoming/" + id + "/status").header("If-Match", "\"" + etag + "\"")
                .post(Entity.entity("{\"to\":\"" + to + "\"}", MediaType.APPLICATION_JSON));
        assertThat(response.getStatus()).as(to + ": " + (response.getStatus() == expected ? "" : response.readEntity(String.class))).isEqualTo(expected);
        return expected == 200 ? response.getEntityTag().getValue() : null;
    }
}
