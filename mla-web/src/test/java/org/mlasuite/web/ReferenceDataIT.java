package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
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

/** The public reference data on the running application: the legal-basis finder and the coverage figures. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

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

    private Response get(String pathAndQuery) {
        return client.target(URI.create(base.toString().replaceAll("/$", "") + "/api/" + pathAndQuery)).request().get();
    }

    private static JsonObject object(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    @Test
    void theLegalBasisFinderNamesTheSharedInstrumentsWithTheirCitations() {
        Response response = get("legal-basis?requesting=AT&requested=DEU&type=mla&date=2026-11-28");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonObject basis = object(response);
        assertThat(basis.getBoolean("treatyAvailable")).isTrue();
        assertThat(basis.getJsonArray("instruments")).anySatisfy(i -> {
            assertThat(i.asJsonObject().getString("id")).isEqualTo("ets-030");
            assertThat(i.asJsonObject().getJsonObject("citation").getString("source")).isEqualTo("ets-030");
        });
        assertThat(basis.getJsonArray("declarations")).allSatisfy(d ->
                assertThat(d.asJsonObject().getJsonObject("citation").getString("source")).isNotBlank());
        assertThat(basis.getJsonArray("conclusions")).extracting(c -> c.asJsonObject().getString("code")).contains("treaty-available");
    }

    @Test
    void withoutATreatyTheFinderFallsBackToReciprocityOrSaysThereIsNone() {
        JsonObject toRussia = object(get("legal-basis?requesting=PRK&requested=RUS&type=extradition"));
        assertThat(toRussia.getBoolean("treatyAvailable")).isFalse();
        assertThat(toRussia.getJsonObject("reciprocity").getString("availability")).isEqualTo("available");
        JsonObject toUsa = object(get("legal-basis?requesting=PRK&requested=USA&type=extradition"));
        assertThat(toUsa.getJsonArray("conclusions")).extracting(c -> c.asJsonObject().getString("code"))
                .containsExactly("no-basis-treaty-required");
    }

    @Test
    void badParametersAreNamed() {
        Response unknownState = get("legal-basis?requesting=XYZ&requested=DEU&type=mla");
        assertThat(unknownState.getStatus()).isEqualTo(400);
        assertThat(unknownState.getMediaType().toString()).startsWith("application/problem+json");
        assertThat(unknownState.readEntity(String.class)).contains("requesting");
        Response badType = get("legal-basis?requesting=FRA&requested=DEU&type=rogatory");
        assertThat(badType.getStatus()).isEqualTo(400);
        assertThat(badType.readEntity(String.class)).contains("type");
        assertThat(get("legal-basis?requesting=FRA&requested=DEU&type=mla&date=28.11.2026").getStatus()).isEqualTo(400);
    }

    @Test
    void coverageServesTheFiguresOfCoverageMd() {
        JsonObject coverage = object(get("coverage"));
        assertThat(coverage.getJsonArray("states")).hasSizeGreaterThanOrEqualTo(197);
        assertThat(coverage.getInt("statesWithAllThreeTypes")).isGreaterThanOrEqualTo(60);
        JsonObject germany = coverage.getJsonArray("states").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals("DEU")).findFirst().orElseThrow();
        assertThat(germany.getJsonObject("byType").getJsonObject("extradition").getInt("verified")).isPositive();
    }

    @Test
    void everyCooperationTypeHasASampleTheCheckerPassesAndAVariantItBlocks() {
        jakarta.json.JsonArray samples;
        try (JsonReader reader = Json.createReader(new StringReader(get("samples").readEntity(String.class)))) {
            samples = reader.readArray();
        }
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (JsonValue value : samples) {
            JsonObject sample = value.asJsonObject();
            types.add(sample.getString("type"));
            JsonObject report = object(post("checks", sample.getJsonObject("document").toString()));
            assertThat(report.getInt("blocking")).as(sample.getString("id")).isZero();
        }
        assertThat(types).containsExactlyInAnyOrder("mla", "extradition", "provisional-arrest", "confiscation");

        JsonObject extradition = samples.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("id").equals("extradition-ita-arg-drugs")).findFirst().orElseThrow().getJsonObject("document");
        // the person sought is a national of a State that does not extradite its nationals
        JsonObject person = Json.createObjectBuilder(extradition.getJsonArray("persons").getJsonObject(0))
                .add("nationalities", Json.createArrayBuilder().add("DEU")).build();
        JsonObject toGermany = Json.createObjectBuilder(extradition).add("requestedState", "DEU")
                .add("persons", Json.createArrayBuilder().add(person)).build();
        JsonObject report = object(post("checks", toGermany.toString()));
        assertThat(report.getJsonArray("findings")).anySatisfy(f -> {
            assertThat(f.asJsonObject().getString("id")).isEqualTo("extradition.nationals");
            assertThat(f.asJsonObject().getString("severity")).isEqualTo("blocking");
            assertThat(f.asJsonObject().getJsonObject("citation").getString("source")).startsWith("deu-");
        });
    }

    @Test
    void theCatalogueListsEveryCheckWithItsCitationAndTypes() {
        jakarta.json.JsonArray catalog;
        try (JsonReader reader = Json.createReader(new StringReader(get("checks/catalog?lang=fr").readEntity(String.class)))) {
            catalog = reader.readArray();
        }
        assertThat(catalog).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog).allSatisfy(c -> {
            assertThat(c.asJsonObject().getString("description")).isNotBlank();
            assertThat(c.asJsonObject().getJsonObject("citation").getString("source")).isNotBlank();
            assertThat(c.asJsonObject().getJsonArray("types")).isNotEmpty();
        });
        assertThat(catalog).anySatisfy(c -> assertThat(c.asJsonObject().getBoolean("stateDriven")).isTrue());
    }

    private Response post(String path, String json) {
        return client.target(URI.create(base.toString().replaceAll("/$", "") + "/api/" + path)).request()
                .post(jakarta.ws.rs.client.Entity.json(json));
    }
}
