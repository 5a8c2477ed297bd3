package org.mlasuite.training.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.checking.domain.Finding;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.application.DocumentValidator;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.StaleVersion;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.training.domain.Exercise;
import org.mlasuite.training.domain.Grade;
import org.mlasuite.training.domain.RubricItem;
import org.mlasuite.training.domain.Scenario;
import org.mlasuite.training.domain.TrainingSession;
import org.mlasuite.training.domain.TrainingStore;

/** Training mode. */
public final class TrainingService {

    /** Join codes avoid letters and digits that are easily confused when read aloud or from a slide (0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Scenario> scenarios;
    private final TrainingStore store;
    private final DocumentValidator validator;
    private final Checker checker;
    private final Supplier<RequirementsCatalog> catalog;
    private final Function<RequestDocument, Object> tree;
    private final Clock clock;

    /** @param tree the request as a plain JSON tree (maps and lists), which the rubric's pointers read */
    public TrainingService(List<Scenario> scenarios, TrainingStore store, DocumentValidator validator, Checker checker,
            Supplier<RequirementsCatalog> catalog, Function<RequestDocument, Object> tree, Clock clock) {
        Map<String, Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.put(s.id(), s));
        this.scenarios = java.util.Collections.unmodifiableMap(byId);
        this.store = store;
        this.validator = validator;
        this.checker = checker;
        this.catalog = catalog;
        this.tree = tree;
        this.clock = clock;
    }

    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    public TrainingSession createSession(String trainer, String title, List<String> scenarioIds) {
        if (scenarioIds == null || scenarioIds.isEmpty()) {
            throw new TrainingRefused("scenarioIds", "Choose at least one scenario.");
        }
        for (String id : scenarioIds) {
            if (!scenarios.containsKey(id)) {
                throw new TrainingRefused("scenarioIds", "There is no scenario '" + id + "'; see /api/training/scenarios.");
            }
        }
        for (int attempt = 0; ; attempt++) {
            String code = code();
            if (store.sessionByCode(code).isEmpty() || attempt > 5) {
                return store.addSession(new TrainingSession(null, 0, code, title, trainer, List.copyOf(scenarioIds), now()));
            }
        }
    }

    public List<TrainingSession> sessionsOf(String trainer) {
        return store.sessionsOf(trainer);
    }

    /** The session a trainer runs; empty for anyone else (404). */
    public Optional<TrainingSession> sessionOf(String id, String trainer) {
        return store.session(id).filter(s -> s.trainer().equals(trainer));
    }

    /** A trainee joins with the code the trainer gives out. */
    public TrainingSession join(String code, String trainee) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return store.sessionByCode(normalized)
                .orElseThrow(() -> new TrainingRefused("code", "No session has the code '" + code + "'. Check it with your trainer."));
    }

    /** Opens (or reopens) the trainee's exercise on a scenario of the session, starting from an empty request. */
    public Exercise start(String code, String scenarioId, String trainee) {
        TrainingSession session = join(code, trainee);
        if (!session.scenarioIds().contains(scenarioId)) {
            throw new TrainingRefused("scenarioId", "This session does not include the scenario '" + scenarioId + "'.");
        }
        Optional<Exercise> existing = store.exercises(session.id()).stream()
                .filter(e -> e.trainee().equals(trainee) && e.scenarioId().equals(scenarioId)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Scenario scenario = scenarios.get(scenarioId);
        RequestDocument starter = new RequestDocument(RequestDocument.CURRENT_SCHEMA_VERSION, scenario.type(), null,
                scenario.requestingState(), scenario.requestedState(), null, null, null, null, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null, List.of());
        return store.addExercise(new Exercise(null, 0, session.id(), trainee, scenarioId, starter, false, null, null, now()));
    }

    public List<Exercise> exercisesOf(String trainee, String code) {
        TrainingSession session = join(code, trainee);
        return store.exercises(session.id()).stream().filter(e -> e.trainee().equals(trainee)).toList();
    }

    /** The trainee's own exercise; empty for anyone else (404). */
    public Optional<Exercise> exercise(String id, String trainee) {
        return store.exercise(id).filter(e -> e.trainee().equals(trainee));
    }

    public Optional<Exercise> save(String id, long version, RequestDocument document, String trainee) {
        validator.validate(document);
        Optional<Exercise> current = exercise(id, trainee);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Exercise e = current.get();
        if (e.submitted()) {
            throw new TrainingRefused("exercise", "This exercise was submitted; it can no longer be changed.");
        }
        requireVersion(e, version);
        return store.updateExercise(new Exercise(e.id(), e.version(), e.sessionId(), e.trainee(), e.scenarioId(), document,
                false, null, null, now()), version);
    }

    /** Grades the exercise once, with the checker and the scenario's rubric. */
    public Optional<Feedback> submit(String id, long version, String trainee, Locale locale) {
        Optional<Exercise> current = exercise(id, trainee);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Exercise e = current.get();
        if (e.submitted()) {
            throw new TrainingRefused("exercise", "This exercise was already submitted.");
        }
        requireVersion(e, version);
        validator.validate(e.document());
        Scenario scenario = scenarios.get(e.scenarioId());
        List<Finding> findings = findings(e.document(), locale);
        Grade grade = Grade.of(scenario, tree.apply(e.document()),
                findings.stream().filter(f -> f.severity() != Severity.ADVICE).map(Finding::id).distinct().toList(),
                findings.stream().map(f -> f.id() + "/" + f.severity().code()).toList());
        Exercise graded = store.updateExercise(new Exercise(e.id(), e.version(), e.sessionId(), e.trainee(), e.scenarioId(),
                e.document(), true, grade, now(), now()), version).orElseThrow();
        return Optional.of(feedback(graded, scenario, findings, locale));
    }

    /** The feedback on a submitted exercise, for its trainee. */
    public Optional<Feedback> feedback(String id, String trainee, Locale locale) {
        return exercise(id, trainee).filter(Exercise::submitted)
                .map(e -> feedback(e, scenarios.get(e.scenarioId()), findings(e.document(), locale), locale));
    }

    /** The results table of a session, for its trainer. */
    public Optional<List<ResultRow>> results(String sessionId, String trainer, Locale locale) {
        return sessionOf(sessionId, trainer).map(session -> rows(session, locale));
    }

    private List<ResultRow> rows(TrainingSession session, Locale locale) {
        return store.exercises(session.id()).stream().map(e -> {
            Scenario scenario = scenarios.get(e.scenarioId());
            Grade g = e.grade();
            List<String> missed = g == null ? List.of() : g.items().stream().filter(i -> !i.met()).map(Grade.ItemResult::id).toList();
            List<Feedback.Item> missedItems = scenario == null ? List.of() : scenario.rubric().stream()
                    .filter(i -> missed.contains(i.id()))
                    .map(i -> new Feedback.Item(i.id(), i.description().in(locale), i.points(), false)).toList();
            return new ResultRow(e.trainee(), e.scenarioId(), scenario == null ? e.scenarioId() : scenario.title().in(locale),
                    e.submitted(), g == null ? null : g.score(), g == null ? null : g.maxScore(), g == null ? null : g.percent(),
                    missed, e.submittedAt(), missedItems,
                    g == null ? null : (int) g.items().stream().filter(Grade.ItemResult::met).count(),
                    g == null ? null : g.items().size());
        }).toList();
    }

    /**
     * The session's results as a record for its trainer: the rows by trainee, then in the session's scenario order,
     * and a summary per scenario of the session, including those nobody has started.
     */
    public Optional<SessionResults> sessionResults(String sessionId, String trainer, Locale locale) {
        return sessionOf(sessionId, trainer).map(session -> {
            List<String> order = session.scenarioIds();
            List<ResultRow> sorted = rows(session, locale).stream()
                    .sorted(Comparator.comparing(ResultRow::trainee)
                            .thenComparing(r -> order.indexOf(r.scenarioId())))
                    .toList();
            List<ScenarioSummary> summaries = order.stream().map(id -> {
                Scenario scenario = scenarios.get(id);
                return scenario == null ? ScenarioSummary.of(id, id, 0, 0, sorted)
                        : ScenarioSummary.of(id, scenario.title().in(locale), scenario.maxScore(), scenario.rubric().size(), sorted);
            }).toList();
            return new SessionResults(session, summaries, sorted);
        });
    }

    /** Clears every exercise of a session (the session and its code stay), for its trainer. */
    public Optional<Integer> reset(String sessionId, String trainer) {
        return sessionOf(sessionId, trainer).map(s -> store.resetSession(s.id()));
    }

    /** The results as CSV, cells neutralised against spreadsheet formulas. */
    public Optional<String> resultsCsv(String sessionId, String trainer, Locale locale) {
        return results(sessionId, trainer, locale).map(rows -> {
            StringBuilder out = new StringBuilder("trainee,scenario,submitted,score,max_score,percent,missed,submitted_at\r\n");
            for (ResultRow r : rows) {
                out.append(String.join(",", List.of(cell(r.trainee()), cell(r.scenarioId()), String.valueOf(r.submitted()),
                        r.score() == null ? "" : r.score().toString(), r.maxScore() == null ? "" : r.maxScore().toString(),
                        r.percent() == null ? "" : r.percent().toString(), cell(String.join(" ", r.missed())),
                        r.submittedAt() == null ? "" : r.submittedAt().toString()))).append("\r\n");
            }
            return out.toString();
        });
    }

    private Feedback feedback(Exercise e, Scenario scenario, List<Finding> findings, Locale locale) {
        Grade g = e.grade();
        List<Feedback.Item> items = new ArrayList<>();
        for (RubricItem item : scenario.rubric()) {
            boolean met = g.items().stream().anyMatch(r -> r.id().equals(item.id()) && r.met());
            items.add(new Feedback.Item(item.id(), item.description().in(locale), item.points(), met));
        }
        return new Feedback(e, g.score(), g.maxScore(), g.percent(), items, findings);
    }

    private List<Finding> findings(RequestDocument document, Locale locale) {
        return checker.check(new CheckContext(document, catalog.get(), LocalDate.now(clock), locale));
    }

    private static void requireVersion(Exercise e, long version) {
        if (e.version() != version) {
            throw new StaleVersion(e.id(), version, e.version());
        }
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String code() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
