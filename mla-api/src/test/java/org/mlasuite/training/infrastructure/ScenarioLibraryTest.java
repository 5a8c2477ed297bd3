package org.mlasuite.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlasuite.checking.domain.Check;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.platform.json.Json;
import org.mlasuite.testing.TestData;
import org.mlasuite.training.domain.Criterion;
import org.mlasuite.training.domain.Grade;
import org.mlasuite.training.domain.RubricItem;
import org.mlasuite.training.domain.Scenario;

/**
 * The shipped scenario library: at least twelve scenarios over the topics and types the issue names, each rubric
 * tied to real check ids, and each model answer meeting its own whole rubric without a blocking finding.
 */
class ScenarioLibraryTest {

    private static Jsonb jsonb;
    private static List<Scenario> scenarios;
    private static final Checker CHECKER = Checker.standard();

    @BeforeAll
    static void load() {
        jsonb = Json.create();
        RequestJson json = new RequestJson(jsonb);
        scenarios = new ScenarioLibrary(json::read, jsonb::toJson).load(ScenarioLibraryTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    @Test
    void theLibraryCoversTheTopicsAndEveryRequestType() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(12);
        assertThat(scenarios.stream().map(Scenario::topic).collect(Collectors.toSet())).contains("trafficking-in-persons",
                "smuggling-of-migrants", "firearms-trafficking", "money-laundering", "corruption", "cybercrime",
                "drug-trafficking", "extradition-of-nationals", "provisional-arrest", "freezing-and-confiscation",
                "return-of-assets");
        assertThat(scenarios.stream().map(s -> s.type().code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("mla", "extradition", "provisional-arrest", "confiscation");
        for (Scenario s : scenarios) {
            assertThat(s.title().in(Locale.FRENCH)).as(s.id()).isNotEqualTo(s.title().in(Locale.ENGLISH));
            assertThat(s.rubric()).as(s.id()).hasSizeBetween(6, 12);
        }
    }

    @Test
    void everyRubricCheckIsARealCheckOfTheScenariosType() {
        for (Scenario s : scenarios) {
            Set<String> ids = CHECKER.checks(s.type()).stream().map(Check::id).collect(Collectors.toCollection(TreeSet::new));
            for (RubricItem item : s.rubric()) {
                if (item.criterion() instanceof Criterion.Check c) {
                    assertThat(ids).as(s.id() + " " + item.id()).contains(c.checkId());
                }
            }
            long checks = s.rubric().stream().filter(i -> i.criterion() instanceof Criterion.Check).count();
            assertThat(checks * 2).as(s.id() + ": at least half the rubric is tied to checks").isGreaterThanOrEqualTo(s.rubric().size());
        }
    }

    @Test
    void everyModelAnswerMeetsItsWholeRubricWithoutABlockingFinding() {
        for (Scenario s : scenarios) {
            List<Finding> findings = CHECKER.check(new CheckContext(s.model(), TestData.catalog(), LocalDate.of(2026, 11, 28), Locale.ENGLISH));
            assertThat(findings).as(s.id()).noneMatch(f -> f.severity() == Severity.BLOCKING);
            Object tree = jsonb.fromJson(jsonb.toJson(s.model()), Object.class);
            Grade grade = Grade.of(s, tree, findings.stream().filter(f -> f.severity() != Severity.ADVICE).map(Finding::id).toList(), List.of());
            assertThat(grade.score()).as(s.id() + " " + grade.items()).isEqualTo(s.maxScore());
            assertThat(s.model().type()).as(s.id()).isEqualTo(s.type());
            assertThat(s.model().requestedState()).as(s.id()).isEqualTo(s.requestedState());
        }
    }
}
