package org.mlasuite.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.validation.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.infrastructure.RequestJson;
import org.mlasuite.platform.json.Json;
import org.mlasuite.platform.persistence.Database;
import org.mlasuite.platform.persistence.DatabaseSettings;
import org.mlasuite.platform.wiring.Migrations;
import org.mlasuite.testing.Requests;
import org.mlasuite.testing.TestData;
import org.mlasuite.training.domain.Exercise;
import org.mlasuite.training.domain.Scenario;
import org.mlasuite.training.domain.TrainingSession;
import org.mlasuite.training.infrastructure.JpaTrainingStore;
import org.mlasuite.training.infrastructure.ScenarioLibrary;

/** A training round below HTTP: a trainer's session, two trainees, graded by the real checker on a real database. */
class TrainingServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Path FIXTURES = Path.of("src", "test", "resources", "training-fixtures");

    @TempDir
    static Path dataDir;

    private static Database database;
    private static Jsonb jsonb;
    private static RequestJson json;
    private static TrainingService training;
    private static Scenario scenario;

    @BeforeAll
    static void open() {
        jsonb = Json.create();
        json = new RequestJson(jsonb);
        database = new Database(DatabaseSettings.of(null, null, null, dataDir.toString()), CLOCK, Migrations.all(json));
        assertThat(database.open()).as(database.problem()).isTrue();
        List<Scenario> scenarios = new ScenarioLibrary(json::read, jsonb::toJson).load(FIXTURES.resolve("scenarios"));
        scenario = scenarios.get(0);
        training = new TrainingService(scenarios, new JpaTrainingStore(database::factory, json, jsonb),
                new DocumentValidator(Validation.buildDefaultValidatorFactory().getValidator()), Checker.standard(),
                TestData::catalog, d -> jsonb.fromJson(json.write(d), Object.class), CLOCK);
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        jsonb.close();
    }

    @Test
    void theLibraryReadsTheScenarioWithItsRubricAndModel() {
        assertThat(scenario.rubric()).hasSize(5);
        assertThat(scenario.maxScore()).isEqualTo(9);
        assertThat(scenario.model().urgency().deadline()).hasToString("2027-02-10");
        assertThat(scenario.title().in(Locale.FRENCH)).startsWith("Exemple");
    }

    @Test
    void aScenarioFileWithAnAmbiguousRubricItemIsRefusedWithItsName() {
        assertThatThrownBy(() -> new ScenarioLibrary(json::read, jsonb::toJson).load(FIXTURES.resolve("bad")))
                .isInstanceOf(ScenarioLibrary.InvalidScenario.class).hasMessageContaining("fixture-bad.yaml")
                .hasMessageContaining("exactly one of");
    }

    @Test
    void twoTraineesAreGradedOnWhatEachMissedAndTheTrainerSeesBoth() {
        TrainingSession session = training.createSession("trainer-t", "Palermo workshop", List.of(scenario.id()));
        assertThat(session.code()).matches("[A-HJ-NP-Z2-9]{6}");
        assertThatThrownBy(() -> training.createSession("trainer-t", "x", List.of("no-such-scenario")))
                .isInstanceOf(TrainingRefused.class);

        Exercise good = training.start(session.code().toLowerCase(Locale.ROOT), scenario.id(), "trainee-good");
        assertThat(good.document().requestedState()).isEqualTo("IRL");
        Exercise saved = training.save(good.id(), good.version(), scenario.model(), "trainee-good").orElseThrow();
        Feedback full = training.submit(saved.id(), saved.version(), "trainee-good", Locale.ENGLISH).orElseThrow();
        assertThat(full.score()).isEqualTo(full.maxScore()).isEqualTo(9);

        Exercise weak = training.start(session.code(), scenario.id(), "trainee-weak");
        RequestDocument noPurposeNoVideo = Requests.from(scenario.model()).purpose(null)
                .measures(List.of(scenario.model().measures().get(1))).build();
        Exercise savedWeak = training.save(weak.id(), weak.version(), noPurposeNoVideo, "trainee-weak").orElseThrow();
        assertThat(training.exercise(savedWeak.id(), "trainee-good")).as("another trainee's exercise").isEmpty();
        Feedback partial = training.submit(savedWeak.id(), savedWeak.version(), "trainee-weak", Locale.FRENCH).orElseThrow();
        assertThat(partial.score()).isEqualTo(4);
        assertThat(partial.items()).filteredOn(i -> !i.met()).extracting(Feedback.Item::id).containsExactly("r1", "r2");
        assertThat(partial.items()).filteredOn(i -> i.id().equals("r1")).singleElement()
                .satisfies(i -> assertThat(i.description()).startsWith("Indique le but"));
        assertThat(partial.findings()).anySatisfy(f -> assertThat(f.id()).isEqualTo("mla.purpose"));
        assertThatThrownBy(() -> training.submit(savedWeak.id(), savedWeak.version() + 1, "trainee-weak", Locale.ENGLISH))
                .isInstanceOf(TrainingRefused.class);

        List<ResultRow> results = training.results(session.id(), "trainer-t", Locale.ENGLISH).orElseThrow();
        assertThat(results).extracting(ResultRow::trainee, ResultRow::score).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("trainee-good", 9), org.assertj.core.groups.Tuple.tuple("trainee-weak", 4));
        assertThat(results).filteredOn(r -> r.trainee().equals("trainee-weak")).singleElement()
                .satisfies(r -> assertThat(r.missedItems()).extracting(Feedback.Item::id).containsExactly("r1", "r2"))
                .satisfies(r -> assertThat(r.missedItems().get(0).description()).isNotBlank());
        assertThat(training.results(session.id(), "another-trainer", Locale.ENGLISH)).isEmpty();
        assertThat(training.resultsCsv(session.id(), "trainer-t", Locale.ENGLISH).orElseThrow())
                .contains("trainee-weak,fixture-ita-irl-video,true,4,9,44,r1 r2,");

        // the trainer's record of the session (the results PDF): rows by trainee, a summary per scenario
        SessionResults record = training.sessionResults(session.id(), "trainer-t", Locale.ENGLISH).orElseThrow();
        assertThat(record.session().title()).isEqualTo("Palermo workshop");
        assertThat(record.rows()).extracting(ResultRow::trainee, ResultRow::itemsMet, ResultRow::itemsTotal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("trainee-good", 5, 5), org.assertj.core.groups.Tuple.tuple("trainee-weak", 3, 5));
        assertThat(record.trainees()).containsExactly("trainee-good", "trainee-weak");
        assertThat(record.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.scenarioId()).isEqualTo(scenario.id());
            assertThat(s.started()).isEqualTo(2);
            assertThat(s.submitted()).isEqualTo(2);
            assertThat(s.medianScore()).as("median of 9 and 4").isEqualTo(6.5);
            assertThat(s.maxScore()).isEqualTo(9);
            assertThat(s.rubricItems()).isEqualTo(5);
        });
        assertThat(training.sessionResults(session.id(), "another-trainer", Locale.ENGLISH)).as("another trainer's session").isEmpty();

        assertThat(training.reset(session.id(), "trainer-t")).contains(2);
        assertThat(training.results(session.id(), "trainer-t", Locale.ENGLISH).orElseThrow()).isEmpty();
    }
}
