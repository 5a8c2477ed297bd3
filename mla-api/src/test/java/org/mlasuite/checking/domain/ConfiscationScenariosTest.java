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
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.testing.TestData;

/**
 * The confiscation table (scenarios/confiscation.md) on its own, so that it can be run and read without the other
 * tables; {@link ScenarioTablesTest} runs it again with all of them. Same row format and the same assertions, in
 * English and French. Also proves that every confiscation check appears in the table, failing and passing.
 */
class ConfiscationScenariosTest {

    private static final Path TABLE = ScenarioTablesTest.TABLES.resolve("confiscation.md");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Checker CHECKER = Checker.standard();

    static List<ScenarioTablesTest.Row> rows() throws IOException {
        List<ScenarioTablesTest.Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|") || trimmed.startsWith("|---") || trimmed.startsWith("| #")) {
                continue;
            }
            String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
            assertThat(cells).as(line).hasSize(8);
            rows.add(new ScenarioTablesTest.Row("confiscation.md", cells[0].trim(), cells[1].trim(), cells[2].trim(),
                    cells[3].trim(), cells[4].trim().replace("`", ""), cells[5].trim().replace("`", ""),
                    cells[6].trim(), cells[7].trim().replace("`", "")));
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyRow() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> run(row)));
    }

    @Test
    void everyConfiscationCheckFailsAndPassesInTheTableAcrossFiveStates() throws IOException {
        List<ScenarioTablesTest.Row> rows = rows();
        Set<String> failing = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        Set<String> states = new TreeSet<>();
        for (ScenarioTablesTest.Row row : rows) {
            states.add(ScenarioTablesTest.document(row).requestedState());
            if (row.expect().startsWith("not ")) {
                passing.add(row.expect().substring(4).trim());
            } else if (!row.expect().equals("no blocking")) {
                failing.add(row.expect());
            }
        }
        Set<String> ids = new TreeSet<>(ConfiscationChecks.all().stream().map(Check::id).toList());
        // No State in the data refuses to enforce foreign orders: that failing case is in ConfiscationChecksTest.
        Set<String> failingExpected = new TreeSet<>(ids);
        failingExpected.remove("confiscation.state-enforces-orders");
        assertThat(failing).containsAll(failingExpected);
        assertThat(passing).containsAll(ids);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(states).hasSizeGreaterThanOrEqualTo(5);
    }

    private static void run(ScenarioTablesTest.Row row) {
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
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.fix()).isNotBlank();
                });
            }
        }
    }
}
