package org.mlasuite.requirements.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlasuite.requirements.infrastructure.RequirementsSchemaValidator.Kind;
import org.mlasuite.requirements.infrastructure.RequirementsSchemaValidator.Violation;
import org.mlasuite.testing.TestData;

/**
 * Every YAML file of legal-requirements/ conforms to its JSON Schema (states, instruments, sources), and the schemas
 * reject each known-bad fixture in test-fixtures/schema/ at the expected place. A schema error fails the build.
 */
class RequirementsSchemaTest {

    private static final Path ROOT = TestData.dataRoot();
    private static final Path SCHEMAS = ROOT.resolve("schema");
    private static final Path FIXTURES = ROOT.resolve("test-fixtures").resolve("schema");

    private final RequirementsSchemaValidator validator = new RequirementsSchemaValidator(SCHEMAS);

    @Test
    void everyDataFileConformsToItsSchema() {
        List<Map.Entry<Path, Kind>> files = RequirementsSchemaValidator.dataFiles(ROOT);
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<Path, Kind> file : files) {
            violations.addAll(validator.validate(file.getKey(), ROOT.relativize(file.getKey()).toString(), file.getValue()));
        }
        if (!violations.isEmpty()) {
            fail(report(violations));
        }
        // the check must have had something to check: one profile per UN member at least, the instruments, the bibliography
        assertThat(files.stream().filter(f -> f.getValue() == Kind.STATE)).hasSizeGreaterThanOrEqualTo(193);
        assertThat(files.stream().filter(f -> f.getValue() == Kind.INSTRUMENT)).isNotEmpty();
        assertThat(files.stream().filter(f -> f.getValue() == Kind.SOURCES)).isNotEmpty();
    }

    /** Each fixture is a valid file with one deliberate fault; it must be rejected there and nowhere else. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "state-unknown-property.yaml        | STATE      | /capital                     | additionalProperties",
            "fact-misspelled-key.yaml           | STATE      | /mla/languages/sourse        | additionalProperties",
            "fact-status-maybe.yaml             | STATE      | /mla/languages/status        | enum",
            "defaults-status-maybe.yaml         | STATE      | /extradition/defaults/status | enum",
            "date-impossible.yaml               | STATE      | /mla/languages/reviewed      | format",
            "date-not-iso.yaml                  | STATE      | /extradition/defaults/reviewed | pattern",
            "state-code-lower-case.yaml         | STATE      | /code                        | pattern",
            "instrument-party-lower-case.yaml   | INSTRUMENT | /parties/1/state             | pattern",
            "instrument-party-date-not-a-date.yaml | INSTRUMENT | /parties/0/date           | pattern",
            "instrument-party-status-maybe.yaml | INSTRUMENT | /parties/0/status            | enum",
            "source-without-url.yaml            | SOURCES    | /sources/1/url               | required",
            "source-without-title.yaml          | SOURCES    | /sources/0/title             | required",
            "source-url-not-a-url.yaml          | SOURCES    | /sources/0/url               | pattern",
            "duplicate-key.yaml                 | STATE      | ''                           | yaml"})
    void theSchemasRejectEachBadFixtureAtTheExpectedPointer(String fixture, Kind kind, String pointer, String keyword) {
        List<Violation> violations = validator.validate(FIXTURES.resolve(fixture), fixture, kind);
        assertThat(violations).as("%s must be rejected", fixture).isNotEmpty();
        assertThat(violations).as("%s must be rejected only at %s", fixture, pointer)
                .allSatisfy(v -> assertThat(v.pointer()).isEqualTo(pointer));
        assertThat(violations).extracting(Violation::keyword).as(fixture).contains(keyword);
    }

    @Test
    void theReportNamesFilePointerAndProblemOfEveryError() {
        List<Violation> violations = new ArrayList<>();
        for (String fixture : List.of("fact-status-maybe.yaml", "state-unknown-property.yaml")) {
            violations.addAll(validator.validate(FIXTURES.resolve(fixture), "test-fixtures/schema/" + fixture, Kind.STATE));
        }
        String report = report(violations);
        assertThat(report)
                .contains("2 schema errors")
                .contains("test-fixtures/schema/fact-status-maybe.yaml /mla/languages/status: ")
                .contains("enumeration [\"verified\", \"unconfirmed\", \"unknown\"] (found \"maybe\")")
                .contains("test-fixtures/schema/state-unknown-property.yaml /capital: ")
                .contains("capital");
    }

    @Test
    void everyFixtureOnDiskIsInTheTable() throws Exception {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
        }
        CsvSource table = getClass().getDeclaredMethod("theSchemasRejectEachBadFixtureAtTheExpectedPointer",
                String.class, Kind.class, String.class, String.class).getAnnotation(CsvSource.class);
        List<String> inTable = Stream.of(table.value()).map(row -> row.substring(0, row.indexOf('|')).strip()).toList();
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(inTable);
    }

    @Test
    void theSchemasAreAddressedByTheirIdsSoReferencesResolveLocally() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path schema : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                JsonNode node = new ObjectMapper().readTree(schema.toFile());
                assertThat(node.path("$id").asText()).as(schema.getFileName().toString())
                        .isEqualTo(RequirementsSchemaValidator.SCHEMA_BASE + schema.getFileName());
            }
        }
    }

    private static String report(List<Violation> violations) {
        return violations.size() + " schema error" + (violations.size() == 1 ? "" : "s") + " in legal-requirements/:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
