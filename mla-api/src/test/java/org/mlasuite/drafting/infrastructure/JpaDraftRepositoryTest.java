package org.mlasuite.drafting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.platform.wiring.Migrations;
import org.mlasuite.testing.TestData;

/**
 * Drafts in both supported databases, through the real migrations and EclipseLink: the embedded H2 file database
 * and PostgreSQL ({@code MLA_TEST_PG_URL}, {@code MLA_TEST_PG_USER}, {@code MLA_TEST_PG_PASSWORD}; set by
 * .ci/run, skipped where they are absent).
 */
class JpaDraftRepositoryTest {

    @TempDir
    static Path dataDir;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("h2", DatabaseSettings.of(null, null, null, dataDir.toString())),
                Arguments.of("postgresql", DatabaseSettings.of(System.getenv("MLA_TEST_PG_URL"), System.getenv("MLA_TEST_PG_USER"),
                        System.getenv("MLA_TEST_PG_PASSWORD"), dataDir.toString())));
    }

    private static final java.util.List<org.flywaydb.core.api.migration.JavaMigration> MIGRATIONS =
            Migrations.all(new RequestJson(Json.create()));

    private static JpaDraftRepository repository(Database database) {
        return new JpaDraftRepository(database::factory, new RequestJson(Json.create()), Clock.systemUTC());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesReplacesAndDeletesWithoutLostUpdates(String name, DatabaseSettings settings) {
        assumeTrue("h2".equals(name) || System.getenv("MLA_TEST_PG_URL") != null, "PostgreSQL not configured (MLA_TEST_PG_URL)");
        RequestDocument sample = TestData.sample("mla-nld-jpn-drugs");
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            JpaDraftRepository drafts = repository(database);
            Draft created = drafts.add(sample, "alice");
            assertThat(created.owner()).isEqualTo("alice");
            assertThat(drafts.find(created.id())).get().extracting(Draft::document).isEqualTo(sample);

            Draft replaced = drafts.replace(created.id(), created.version(), TestData.sample("mla-ita-irl-trafficking")).orElseThrow();
            assertThat(replaced.version()).isGreaterThan(created.version());
            assertThatThrownBy(() -> drafts.replace(created.id(), created.version(), sample)).isInstanceOf(StaleVersion.class);
            assertThat(drafts.find(created.id()).orElseThrow().document().requestedState()).isEqualTo("IRL");

            assertThat(drafts.list(0, 100, new DraftUser("alice", null)).items()).anyMatch(s -> s.id().equals(created.id()));
            assertThat(drafts.list(0, 100, new DraftUser("bob", null)).items()).noneMatch(s -> s.id().equals(created.id()));
            // an officer of the requested State (Ireland, after the replace) sees it; one of an uninvolved State does not
            assertThat(drafts.list(0, 100, new DraftUser("carol", "IRL")).items()).anyMatch(s -> s.id().equals(created.id()));
            assertThat(drafts.list(0, 100, new DraftUser("dave", "JPN")).items()).noneMatch(s -> s.id().equals(created.id()));
            assertThat(drafts.find(created.id()).orElseThrow().owner()).isEqualTo("alice");
            assertThatThrownBy(() -> drafts.remove(created.id(), created.version())).isInstanceOf(StaleVersion.class);
            assertThat(drafts.remove(created.id(), replaced.version())).isTrue();
            assertThat(drafts.find(created.id())).isEmpty();
            assertThat(drafts.replace(created.id(), replaced.version(), sample)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSavedDraftSurvivesARestart(String name, DatabaseSettings settings) {
        assumeTrue("h2".equals(name) || System.getenv("MLA_TEST_PG_URL") != null, "PostgreSQL not configured (MLA_TEST_PG_URL)");
        String id;
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            id = repository(database).add(TestData.sample("mla-fra-aus-laundering"), "alice").id();
        }
        try (Database reopened = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(reopened.open()).isTrue();
            assertThat(repository(reopened).find(id)).get().extracting(d -> d.document().requestedState()).isEqualTo("AUS");
        }
    }

    @org.junit.jupiter.api.Test
    void anUnreachableDatabaseIsReportedNotThrownAtStart() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/none", "x", "y", dataDir.toString());
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).isFalse();
            assertThat(database.problem()).isNotBlank();
            assertThatThrownBy(database::factory).hasMessageContaining("not reachable");
        }
    }

    @org.junit.jupiter.api.Test
    void draftsStoredAsVersionOneAreRewrittenAsVersionTwo(@TempDir Path fresh) throws Exception {
        DatabaseSettings settings = DatabaseSettings.of(null, null, null, fresh.toString());
        java.nio.file.Files.createDirectories(fresh);
        org.flywaydb.core.Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration/mla").target("1").load().migrate();
        String v1 = """
                {"schemaVersion":1,"type":"extradition","requestingState":"FRA","requestedState":"DEU",
                 "persons":[{"role":"suspect","name":"A. N. Other","nationality":"POL"}],"facts":"Fraud."}""";
        try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                var insert = connection.prepareStatement("INSERT INTO request_draft (id, version, type, requesting_state, "
                        + "requested_state, schema_version, document, created_at, updated_at) VALUES ('d1', 1, 'extradition', "
                        + "'FRA', 'DEU', 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setString(1, v1);
            insert.executeUpdate();
        }
        try (Database database = new Database(settings, Clock.systemUTC(), MIGRATIONS)) {
            assertThat(database.open()).as(database.problem()).isTrue();
            Draft upgraded = repository(database).find("d1").orElseThrow();
            assertThat(upgraded.document().schemaVersion()).isEqualTo(2);
            assertThat(upgraded.version()).isEqualTo(2);
            assertThat(upgraded.document().persons().get(0).nationalities()).containsExactly("POL");
            assertThat(upgraded.document().facts()).isEqualTo("Fraud.");
        }
        try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                var rs = connection.createStatement().executeQuery("SELECT schema_version, document FROM request_draft WHERE id = 'd1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).contains("\"schemaVersion\":2").contains("\"nationalities\":[\"POL\"]");
        }
    }
}
