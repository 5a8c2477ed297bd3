package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.testing.TestData;

/**
 * The scenario tables in src/test/resources/scenarios/*.md, one test per row. Each row takes a shipped sample,
 * changes it (a JSON Patch written as {@code set /path <json>}, {@code add /path <json>} or {@code remove /path},
 * steps separated by " ; "), sends it to a requested State, and says what the checker must find:
 * {@code no blocking}, a check id (with its severity and, optionally, text its citation must contain), or
 * {@code not <check id>}. Every row also runs in French, so that no wording is missing.
 */
class ScenarioTablesTest {

    static final Path TABLES = Path.of("src", "test", "resources", "scenarios");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();
    private static final Jsonb JSONB = org.mlasuite.platform.json.Json.create();

    /** One row of a table. */
    record Row(String file, String number, String scenario, String sample, String requested, String change,
            String expect, String severity, String cites) {

        String name() {
            return file + " #" + number + ": " + scenario;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(TABLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.trim();
                    if (!trimmed.startsWith("|") || trimmed.startsWith("|---") || trimmed.startsWith("| #")) {
                        continue;
                    }
                    String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
                    if (cells.length != 8) {
                        throw new IllegalStateException(file + ": a row needs 8 cells (#, Scenario, Sample, Requested, "
                                + "Change, Expect, Severity, Cites): " + line);
                    }
                    rows.add(new Row(file.getFileName().toString(), cells[0].trim(), cells[1].trim(), cells[2].trim(),
                            cells[3].trim(), cells[4].trim().replace("`", ""), cells[5].trim().replace("`", ""),
                            cells[6].trim(), cells[7].trim().replace("`", "")));
                }
            }
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyRow() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> run(row)));
    }

    @Test
    void theTablesCoverEveryTypeAndManyStates() throws IOException {
        List<Row> rows = rows();
        Set<String> states = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Row row : rows) {
            RequestDocument document = document(row);
            states.add(document.requestedState());
            types.add(document.type().code());
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(states).hasSizeGreaterThanOrEqualTo(10);
        assertThat(types).containsExactlyInAnyOrder("mla", "extradition", "provisional-arrest", "confiscation");
    }

    /**
     * Checks whose triggering fact no State in today's data has; each is proven failing and passing on a test
     * profile instead (StateChecksTest, ConfiscationChecksTest). Remove an id once real data can show it.
     */
    private static final Set<String> PROVEN_ON_TEST_PROFILES = Set.of("state.untoc-extradition-basis", "state.reciprocity",
            "confiscation.state-enforces-orders");

    @Test
    void everyCheckIsShownFailingAndPassing() throws IOException {
        Set<String> failing = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        Set<String> typesWithCleanSample = new TreeSet<>();
        for (Row row : rows()) {
            if (row.expect().startsWith("not ")) {
                passing.add(row.expect().substring(4).trim());
            } else if (row.expect().equals("no blocking")) {
                typesWithCleanSample.add(document(row).type().code());
            } else {
                failing.add(row.expect());
            }
        }
        List<String> neverFailing = new ArrayList<>();
        List<String> neverPassing = new ArrayList<>();
        for (Check check : CHECKER.catalog()) {
            if (PROVEN_ON_TEST_PROFILES.contains(check.id())) {
                continue;
            }
            if (!failing.contains(check.id())) {
                neverFailing.add(check.id());
            }
            boolean cleanSample = check.severity() == Severity.BLOCKING && CHECKER.typesOf(check).stream()
                    .anyMatch(t -> typesWithCleanSample.contains(t.code()));
            if (!passing.contains(check.id()) && !cleanSample) {
                neverPassing.add(check.id());
            }
        }
        assertThat(neverFailing).as("checks no row shows failing").isEmpty();
        assertThat(neverPassing).as("checks no row shows passing").isEmpty();
    }

    private static void run(Row row) {
        RequestDocument document = document(row);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            List<Finding> findings = CHECKER.check(new CheckContext(document, TestData.catalog(), TODAY, locale));
            String seen = findings.stream().map(f -> f.id() + "/" + f.severity().code()).toList().toString();
            if (row.expect().equals("no blocking")) {
                assertThat(findings).as(row.name() + " " + seen).noneMatch(f -> f.severity() == Severity.BLOCKING);
            } else if (row.expect().startsWith("not ")) {
                String id = row.expect().substring(4).trim();
                assertThat(findings).as(row.name() + " " + seen).noneMatch(f -> f.id().equals(id));
            } else {
                assertThat(findings).as(row.name() + " " + seen).anySatisfy(f -> {
                    assertThat(f.id()).isEqualTo(row.expect());
                    if (!row.severity().isEmpty()) {
                        assertThat(f.severity().code()).isEqualTo(row.severity());
                    }
                    if (!row.cites().isEmpty()) {
                        assertThat(f.citation().source() + " " + f.citation().pinpoint()).contains(row.cites());
                    }
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.fix()).isNotBlank();
                });
            }
        }
    }

    static RequestDocument document(Row row) {
        RequestDocument sample = TestData.sample(row.sample());
        Jsonb jsonb = JSONB;
        try {
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(sample)))) {
                json = reader.readObject();
            }
            JsonPatchBuilder patch = Json.createPatchBuilder();
            if (!row.requested().isEmpty()) {
                patch.replace("/requestedState", row.requested());
            }
            for (String step : row.change().isEmpty() ? new String[0] : row.change().split(" ; ")) {
                String[] parts = step.trim().split(" ", 3);
                switch (parts[0]) {
                    case "set" -> patch.add(parts[1], value(parts[2]));
                    case "add" -> patch.add(parts[1], value(parts[2]));
                    case "remove" -> patch.remove(parts[1]);
                    default -> throw new IllegalArgumentException(row.name() + ": unknown step " + step);
                }
            }
            return jsonb.fromJson(patch.build().apply(json).toString(), RequestDocument.class);
        } catch (Exception e) {
            throw new IllegalStateException(row.name() + ": " + e.getMessage(), e);
        }
    }

    private static JsonValue value(String json) {
        try (JsonReader reader = Json.createReader(new StringReader("[" + json + "]"))) {
            return reader.readArray().get(0);
        }
    }
}
