package org.mlasuite.checking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.mlasuite.checking.domain.ScenarioTablesTest.Row;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.testing.TestData;

/**
 * The extradition and provisional-arrest scenario tables on their own: every row, in English and French, plus what
 * the tables must cover (every check of the two lists fails in one row and is absent in another, at least eight
 * requested States). ScenarioTablesTest runs the same rows with all the other tables.
 */
class ExtraditionScenariosTest {

    private static final List<String> FILES = List.of("extradition.md", "provisional-arrest.md");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();

    /** The rows of this capability's two tables, read as ScenarioTablesTest reads every table. */
    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String name : FILES) {
            Path file = ScenarioTablesTest.TABLES.resolve(name);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.trim();
                if (!trimmed.startsWith("|") || trimmed.startsWith("|---") || trimmed.startsWith("| #")) {
                    continue;
                }
                String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
                assertThat(cells).as(name + ": " + line).hasSize(8);
                rows.add(new Row(name, cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(),
                        cells[4].trim().replace("`", ""), cells[5].trim().replace("`", ""), cells[6].trim(),
                        cells[7].trim().replace("`", "")));
            }
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyRow() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> run(row)));
    }

    @Test
    void everyCheckFailsSomewhereAndPassesSomewhere() throws IOException {
        Set<String> ids = new TreeSet<>();
        ExtraditionChecks.all().forEach(c -> ids.add(c.id()));
        ProvisionalArrestChecks.all().forEach(c -> ids.add(c.id()));
        Set<String> failing = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        Set<String> states = new TreeSet<>();
        for (Row row : rows()) {
            states.add(ScenarioTablesTest.document(row).requestedState());
            if (row.expect().startsWith("not ")) {
                passing.add(row.expect().substring(4).trim());
            } else if (!row.expect().equals("no blocking")) {
                failing.add(row.expect());
            }
        }
        assertThat(failing).as("checks never shown failing").containsAll(ids);
        assertThat(passing).as("checks never shown passing").containsAll(ids);
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(states).hasSizeGreaterThanOrEqualTo(8);
    }

    private static void run(Row row) {
        RequestDocument document = ScenarioTablesTest.document(row);
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
                    assertThat(f.message()).isNotBlank().doesNotContain("{");
                    assertThat(f.fix()).isNotBlank().doesNotContain("{");
                });
            }
        }
    }
}
