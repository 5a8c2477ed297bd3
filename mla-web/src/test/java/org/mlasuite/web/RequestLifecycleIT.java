package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The built application on Payara Micro: a sample goes in through the API, is stored (JPA, Flyway, H2 file
 * database), checked, and comes back as a PDF/A-3b letter carrying the same JSON. One deployment for all, since
 * each boot costs about 15 seconds. Case data needs an account: the tests act as a prosecutor the administrator
 * creates (the administrator itself comes from the failsafe configuration); SecurityIT covers who may not.
 */
@ExtendWith(ArquillianExtension.class)
class RequestLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private Client client;
    private static String prosecutor;

    @BeforeEach
    void open() {
        client = ClientBuilder.newClient();
        if (prosecutor == null) {
            prosecutor = new Api(base, client).userWithToken("lifecycle", "prosecutor", null);
        }
    }

    /** The prosecutor's authenticated request to an address. */
    private jakarta.ws.rs.client.Invocation.Builder as(URI uri) {
        return client.target(uri).request().header("Authorization", prosecutor);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private URI api(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + "/api/" + path);
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private JsonObject firstSample() {
        Response samples = client.target(api("samples")).request(MediaType.APPLICATION_JSON).get();
        assertThat(samples.getStatus()).isEqualTo(200);
        JsonArray list = array(samples.readEntity(String.class));
        assertThat(list).hasSizeGreaterThanOrEqualTo(3);
        return list.getJsonObject(0);
    }

    @Test
    void aSampleIsStoredCheckedAndRenderedAsPdfA() throws Exception {
        JsonObject sample = firstSample();
        String document = sample.getJsonObject("document").toString();

        Response created = as(api("requests")).post(Entity.json(document));
        assertThat(created.getStatus()).isEqualTo(201);
        URI location = created.getLocation();
        assertThat(location).isNotNull();
        String etag = created.getHeaderString("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        Response read = as(location).get();
        assertThat(read.getStatus()).isEqualTo(200);
        JsonObject stored = object(read.readEntity(String.class));
        String id = stored.getString("id");
        assertThat(stored.getJsonObject("document")).isEqualTo(sample.getJsonObject("document"));

        Response checks = as(api("requests/" + id + "/checks")).get();
        assertThat(checks.getStatus()).isEqualTo(200);
        JsonObject report = object(checks.readEntity(String.class));
        assertThat(report.getInt("blocking")).isZero();
        for (var finding : report.getJsonArray("findings")) {
            JsonObject f = finding.asJsonObject();
            assertThat(f.getJsonObject("citation").getString("pinpoint")).isNotBlank();
            assertThat(f.getJsonArray("fields")).isNotEmpty();
        }

        Response pdf = as(api("requests/" + id + "/document.pdf")).accept("application/pdf").get();
        assertThat(pdf.getStatus()).isEqualTo(200);
        byte[] bytes = pdf.readEntity(byte[].class);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Request for mutual legal assistance in criminal matters");
            List<String> unembedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    if (!page.getResources().getFont(name).isEmbedded()) {
                        unembedded.add(name.getName());
                    }
                }
            }
            assertThat(unembedded).isEmpty();
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            String attached = new String(files.get("request.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(object(attached)).isEqualTo(stored.getJsonObject("document"));
        }
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
    }

    @Test
    void theLetterComesInTheLanguageAskedForAndAnUnknownLanguageIsAProblemNamingLang() throws Exception {
        String document = firstSample().getJsonObject("document").toString();
        Response created = as(api("requests")).post(Entity.json(document));
        String id = object(created.readEntity(String.class)).getString("id");

        Response french = client.target(api("requests/" + id + "/document.pdf")).queryParam("lang", "fr")
                .request("application/pdf").header("Authorization", prosecutor).get();
        assertThat(french.getStatus()).isEqualTo(200);
        assertThat(french.getHeaderString("Content-Language")).isEqualTo("fr");
        try (PDDocument doc = Loader.loadPDF(french.readEntity(byte[].class))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Demande d'entraide judiciaire en matière pénale");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr");
        }

        Response bilingual = client.target(api("requests/" + id + "/document.pdf")).queryParam("lang", "fr")
                .queryParam("lang2", "en").request("application/pdf").header("Authorization", prosecutor).get();
        assertThat(bilingual.getStatus()).isEqualTo(200);
        assertThat(bilingual.getHeaderString("Content-Language")).isEqualTo("fr, en");
        try (PDDocument doc = Loader.loadPDF(bilingual.readEntity(byte[].class))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Demande d'entraide judiciaire en matière pénale")
                    .contains("Request for mutual legal assistance in criminal matters").contains("Translation (English)");
        }
        Response sameTwice = client.target(api("requests/" + id + "/document.pdf")).queryParam("lang", "fr")
                .queryParam("lang2", "fr").request().header("Authorization", prosecutor).get();
        assertThat(sameTwice.getStatus()).isEqualTo(400);
        assertThat(sameTwice.readEntity(String.class)).contains("\"lang2\"");

        Response report = client.target(api("requests/" + id + "/completeness-report.pdf")).queryParam("lang", "en")
                .request("application/pdf").header("Authorization", prosecutor).get();
        assertThat(report.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(report.readEntity(byte[].class))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Completeness report");
        }
        Response training = client.target(api("requests/" + id + "/completeness-report.pdf")).queryParam("training", "maybe")
                .request().header("Authorization", prosecutor).get();
        assertThat(training.getStatus()).isEqualTo(400);
        assertThat(training.getMediaType().toString()).startsWith("application/problem+json");

        Response unknown = client.target(api("requests/" + id + "/document.pdf")).queryParam("lang", "xx")
                .request().header("Authorization", prosecutor).get();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getMediaType().toString()).startsWith("application/problem+json");
        JsonObject problem = object(unknown.readEntity(String.class));
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lang");
    }

    @Test
    void aStaleVersionIsRefusedSoNoUpdateIsLost() {
        String document = firstSample().getJsonObject("document").toString();
        Response created = as(api("requests")).post(Entity.json(document));
        URI location = created.getLocation();

        Response noIfMatch = as(location).put(Entity.json(document));
        assertThat(noIfMatch.getStatus()).isEqualTo(428);
        assertThat(noIfMatch.getMediaType().toString()).startsWith("application/problem+json");

        Response unchanged = as(location).header("If-None-Match", "\"1\"").get();
        assertThat(unchanged.getStatus()).isEqualTo(304);

        Response first = as(location).header("If-Match", "\"1\"").put(Entity.json(document));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeaderString("ETag")).isEqualTo("\"2\"");

        Response stale = as(location).header("If-Match", "\"1\"").put(Entity.json(document));
        assertThat(stale.getStatus()).isEqualTo(412);

        Response staleDelete = as(location).header("If-Match", "\"1\"").delete();
        assertThat(staleDelete.getStatus()).isEqualTo(412);
        Response delete = as(location).header("If-Match", "\"2\"").delete();
        assertThat(delete.getStatus()).isEqualTo(204);
        Response gone = as(location).get();
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getMediaType().toString()).startsWith("application/problem+json");
    }

    @Test
    void badInputGetsAProblemThatNamesTheField() {
        Response malformed = as(api("requests")).post(Entity.json("{\"schemaVersion\": 1, \"type\": "));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(object(malformed.readEntity(String.class)).getInt("status")).isEqualTo(400);

        Response empty = as(api("requests")).post(Entity.json(""));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getMediaType().toString()).startsWith("application/problem+json");

        Response invalid = as(api("requests")).post(Entity.json(
                "{\"schemaVersion\":1,\"type\":\"mla\",\"requestingState\":\"France\",\"requestedState\":\"DEU\"}"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        JsonObject problem = object(invalid.readEntity(String.class));
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("requestingState");

        Response unknownCode = client.target(api("checks")).request().post(Entity.json(
                "{\"schemaVersion\":1,\"type\":\"letter\",\"requestingState\":\"FRA\",\"requestedState\":\"DEU\"}"));
        assertThat(unknownCode.getStatus()).isEqualTo(400);
        assertThat(unknownCode.readEntity(String.class)).contains("type");

        Response badPage = client.target(api("requests")).queryParam("size", "1000").request().header("Authorization", prosecutor).get();
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(object(badPage.readEntity(String.class)).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");
    }

    @Test
    void aDraftCanBeCheckedWithoutSavingIt() {
        String document = firstSample().getJsonObject("document").toString().replace("\"AUS\"", "\"DEU\"");
        Response checked = client.target(api("checks")).request().post(Entity.json(document));
        assertThat(checked.getStatus()).isEqualTo(200);
        JsonObject report = object(checked.readEntity(String.class));
        assertThat(report.getInt("blocking")).isPositive();
        assertThat(report.getJsonArray("findings").getJsonObject(0).getString("id")).isEqualTo("mla.language");
    }

    @Test
    void statesAreListedWithCitedRequirements() {
        JsonArray states = array(client.target(api("states")).request().get().readEntity(String.class));
        assertThat(states.stream().filter(s -> s.asJsonObject().getBoolean("unMember"))).hasSize(193);
        JsonObject germany = object(client.target(api("states/de")).request().get().readEntity(String.class));
        assertThat(germany.getJsonObject("summary").getString("code")).isEqualTo("DEU");
        JsonArray mla = array(client.target(api("states/DEU/requirements/mla")).request().get().readEntity(String.class));
        assertThat(mla).anySatisfy(f -> {
            assertThat(f.asJsonObject().getString("topic")).isEqualTo("languages");
            assertThat(f.asJsonObject().getJsonObject("citation").getString("source")).startsWith("deu-");
        });
        assertThat(mla).allSatisfy(f -> assertThat(f.asJsonObject().getString("status")).isIn("verified", "unconfirmed", "unknown"));
        assertThat(client.target(api("states/XYZ")).request().get().getStatus()).isEqualTo(404);
        assertThat(array(client.target(api("instruments")).request().get().readEntity(String.class))).isNotEmpty();
    }

    @Test
    void schemaOpenApiAndHealthAreServed() {
        Response schema = client.target(api("schema/request")).request().get();
        assertThat(schema.getStatus()).isEqualTo(200);
        assertThat(object(schema.readEntity(String.class)).getJsonObject("properties").containsKey("schemaVersion")).isTrue();
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertThat(client.target(root + "/openapi").request().get().readEntity(String.class)).contains("MLA suite API");
        Response ready = client.target(root + "/health/ready").request().get();
        assertThat(ready.getStatus()).isEqualTo(200);
        assertThat(ready.readEntity(String.class)).contains("\"requirements\":\"loaded\"").contains("\"database\":\"open\"");
    }
}
