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

    @BeforeEach
    void open() {
        client = ClientBuilder.newClient();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private URI api(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + "/api/" + path);
    }

    private static JsonObject object(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    private JsonObject sample(String id) {
        Response samples = client.target(api("samples")).request().get();
        try (JsonReader reader = Json.createReader(new StringReader(samples.readEntity(String.class)))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(id))
                    .findFirst().orElseThrow().getJsonObject("document");
        }
    }

    @Test
    void anOfficerImportsReviewsAsksForMoreClosesAndCounts() {
        JsonObject document = Json.createObjectBuilder(sample("mla-nld-jpn-drugs")).remove("purpose").build();
        Response draft = client.target(api("requests")).request().post(Entity.json(document.toString()));
        assertThat(draft.getStatus()).isEqualTo(201);
        byte[] pdf = client.target(draft.getLocation().toString() + "/document.pdf").request().get(byte[].class);

        Response imported = client.target(api("incoming")).queryParam("filename", "NLD request.pdf").request()
                .post(Entity.entity(pdf, "application/pdf"));
        assertThat(imported.getStatus()).isEqualTo(201);
        JsonObject entry = object(imported);
        assertThat(entry.getString("fingerprintCheck")).isEqualTo("verified");
        assertThat(entry.getString("status")).isEqualTo("received");
        assertThat(entry.getJsonArray("deadlines")).isNotEmpty();
        String id = entry.getString("id");

        JsonObject review = object(client.target(api("incoming/" + id + "/review")).request().get());
        assertThat(review.getJsonArray("items")).anySatisfy(i ->
                assertThat(i.asJsonObject().getJsonObject("finding").getString("id")).isEqualTo("mla.purpose"));
        assertThat(review.getInt("outstanding")).isPositive();

        String etag = imported.getEntityTag().getValue();
        etag = move(id, etag, "under-review", 200);
        etag = move(id, etag, "additional-information-requested", 200);
        Response deadline = client.target(api("incoming/" + id + "/deadlines")).request().header("If-Match", "\"" + etag + "\"")
                .post(Entity.json("{\"kind\":\"additional-information\",\"date\":\"2027-01-15\",\"note\":\"purpose of the request\"}"));
        assertThat(deadline.getStatus()).isEqualTo(200);
        etag = deadline.getEntityTag().getValue();
        replies(id);
        assertThat(move(id, etag, "executed", 409)).isNull();
        etag = move(id, etag, "under-review", 200);
        etag = move(id, etag, "in-execution", 200);
        etag = move(id, etag, "executed", 200);

        JsonObject closed = object(client.target(api("incoming/" + id)).request().get());
        assertThat(closed.getString("closedOn")).isNotBlank();
        assertThat(client.target(api("incoming/" + id + "/history")).request().get(String.class))
                .contains("additional-information-requested").contains("deadline-added");
        assertThat(client.target(api("incoming/" + id + "/original")).request().get(byte[].class)).isEqualTo(pdf);

        JsonObject statistics = object(client.target(api("incoming/statistics")).request().get());
        assertThat(statistics.getInt("closed")).isPositive();
        assertThat(statistics.getJsonArray("byState")).anySatisfy(g -> assertThat(g.asJsonObject().getString("key")).isEqualTo("NLD"));
        Response csv = client.target(api("incoming/statistics.csv")).request().get();
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        assertThat(csv.readEntity(String.class)).contains("state,NLD,");
    }

    @Test
    void badIntakeGetsAProblemNamingTheField() {
        Response notPdf = client.target(api("incoming")).request().post(Entity.entity("hello".getBytes(), "application/pdf"));
        assertThat(notPdf.getStatus()).isEqualTo(400);
        assertThat(notPdf.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(notPdf.readEntity(String.class)).contains("\"file\"");
        Response badStatus = client.target(api("incoming")).queryParam("status", "lost").request().get();
        assertThat(badStatus.getStatus()).isEqualTo(400);
    }

    /** The register's replies as PDFs, and their parameter problems. */
    private void replies(String id) {
        Response more = client.target(api("incoming/" + id + "/replies/additional-information.pdf")).queryParam("lang", "en")
                .queryParam("note", "Please state the purpose of the request.").request().get();
        assertThat(more.getStatus()).isEqualTo(200);
        assertThat(more.getMediaType().toString()).isEqualTo("application/pdf");
        String text = text(more.readEntity(byte[].class));
        assertThat(text).contains("Request for additional information (UNTOC art. 18(16))").contains("Please reply by 2027-01-15.")
                .contains("Please state the purpose of the request.");

        Response acknowledgement = client.target(api("incoming/" + id + "/replies/acknowledgement.pdf")).request().get();
        assertThat(acknowledgement.getStatus()).isEqualTo(200);
        assertThat(acknowledgement.getHeaderString("Content-Language")).isNotBlank();

        Response refusal = client.target(api("incoming/" + id + "/replies/refusal.pdf")).queryParam("lang", "fr")
                .queryParam("lang2", "en").queryParam("note", "Motifs essentiels.").request().get();
        assertThat(refusal.getStatus()).isEqualTo(200);
        assertThat(refusal.getHeaderString("Content-Language")).isEqualTo("fr, en");
        assertThat(text(refusal.readEntity(byte[].class))).contains("Notification de refus").contains("Notice of refusal");

        for (String[] bad : new String[][] {{"refusal", "note", ""}, {"postponement", "lang", "xx"}, {"acknowledgement", "lang2", "xx"},
                {"verdict", "kind", ""}}) {
            var target = client.target(api("incoming/" + id + "/replies/" + bad[0] + ".pdf"));
            if (!bad[2].isEmpty()) {
                target = target.queryParam(bad[1], bad[2]).queryParam("note", "n");
            }
            Response problem = target.request().get();
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
        Response response = client.target(api("incoming/" + id + "/status")).request().header("If-Match", "\"" + etag + "\"")
                .post(Entity.entity("{\"to\":\"" + to + "\"}", MediaType.APPLICATION_JSON));
        assertThat(response.getStatus()).as(to + ": " + (response.getStatus() == expected ? "" : response.readEntity(String.class))).isEqualTo(expected);
        return expected == 200 ? response.getEntityTag().getValue() : null;
    }
}
