package org.mlasuite.requirements.infrastructure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Declaration;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.requirements.domain.Party;
import org.mlasuite.requirements.domain.Provenance;
import org.mlasuite.requirements.domain.RequirementProfile;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.Source;
import org.mlasuite.requirements.domain.StateProfile;
import org.mlasuite.shared.Coded;
import org.mlasuite.shared.StateCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads legal-requirements/ into a {@link RequirementsCatalog}: sources first (every fact must cite one), then
 * States, then instruments (their parties and declarations must name known States). Collects every problem
 * before failing, so one run shows a data editor all there is to fix.
 */
public final class CatalogLoader {

    /** The bibliography kind of sources that report what a primary source says (see legal-requirements/README.md). */
    private static final String SECONDARY = "secondary";

    private static final Set<String> FACT_KEYS = Set.of("topic", "value", "note", "source", "pinpoint", "status", "reviewed");

    private final DataFiles files;
    private final int maxReviewAgeDays;
    private final Clock clock;
    private final List<DataProblem> problems = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private String file = "";

    /**
     * @param maxReviewAgeDays facts reviewed longer ago than this are reported as warnings (they stay usable)
     */
    public CatalogLoader(DataFiles files, int maxReviewAgeDays, Clock clock) {
        this.files = files;
        this.maxReviewAgeDays = maxReviewAgeDays;
        this.clock = clock;
    }

    /** Loads the data, throwing {@link InvalidRequirementsData} if any error was found. */
    public RequirementsCatalog load() {
        RequirementsCatalog catalog = loadCollectingProblems();
        List<DataProblem> errors = errors();
        if (!errors.isEmpty()) {
            throw new InvalidRequirementsData(errors);
        }
        return catalog;
    }

    public List<DataProblem> problems() {
        return List.copyOf(problems);
    }

    public List<DataProblem> errors() {
        return problems.stream().filter(p -> p.severity() == DataProblem.Severity.ERROR).toList();
    }

    RequirementsCatalog loadCollectingProblems() {
        List<Path> sourceFiles = new ArrayList<>(files.yamlFiles("sources"));
        Path top = files.root().resolve("sources.yaml");
        if (java.nio.file.Files.exists(top)) {
            sourceFiles.add(0, top);
        }
        for (Path path : sourceFiles) {
            Map<String, Object> doc = parse(path);
            for (Map<String, Object> entry : maps(doc.get("sources"), "sources")) {
                Source source = source(entry);
                if (source != null && sources.putIfAbsent(source.id(), source) != null) {
                    error("sources", "duplicate source id '" + source.id() + "'");
                }
            }
        }
        Map<StateCode, StateProfile> states = new LinkedHashMap<>();
        for (Path path : files.yamlFiles("states")) {
            Map<String, Object> doc = parse(path);
            StateProfile state = state(doc, path);
            if (state != null) {
                states.put(state.code(), state);
            }
        }
        List<Instrument> instruments = new ArrayList<>();
        Set<String> instrumentIds = new HashSet<>();
        for (Path path : files.yamlFiles("instruments")) {
            Map<String, Object> doc = parse(path);
            Instrument instrument = instrument(doc, path, states.keySet());
            if (instrument != null && instrumentIds.add(instrument.id())) {
                instruments.add(instrument);
            }
        }
        for (Instrument instrument : instruments) {
            if (instrument.parent() != null && !instrumentIds.contains(instrument.parent())) {
                file = "instruments/" + instrument.id() + ".yaml";
                error("parent", "unknown instrument '" + instrument.parent() + "'");
            }
        }
        return new RequirementsCatalog(states.values(), instruments, sources.values());
    }

    private Map<String, Object> parse(Path path) {
        file = files.name(path);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Object doc = new Yaml(new SafeConstructor(options)).load(files.read(path));
            if (doc instanceof Map<?, ?> map) {
                return cast(map);
            }
            error("", "the file must hold a mapping at the top level");
        } catch (YAMLException e) {
            error("", "not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        return Map.of();
    }

    private Source source(Map<String, Object> m) {
        String id = string(m, "id", "sources", true);
        String title = string(m, "title", "sources." + id, true);
        String url = string(m, "url", "sources." + id, true);
        if (id == null || title == null || url == null) {
            return null;
        }
        Object year = m.get("year");
        return new Source(id, title, string(m, "issuer", "sources." + id, true),
                year instanceof Number n ? n.intValue() : null, url, date(m.get("consulted"), "sources." + id + ".consulted", true),
                string(m, "kind", "sources." + id, true), string(m, "note", "sources." + id, false));
    }

    private StateProfile state(Map<String, Object> doc, Path path) {
        String codeText = string(doc, "code", "", true);
        if (codeText == null) {
            return null;
        }
        StateCode code;
        try {
            code = new StateCode(codeText);
        } catch (IllegalArgumentException e) {
            error("code", e.getMessage());
            return null;
        }
        if (!path.getFileName().toString().equals(codeText + ".yaml")) {
            error("code", "the file name must be the code: " + codeText + ".yaml");
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (doc.get("names") instanceof Map<?, ?> n) {
            n.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        }
        for (String required : List.of("en", "fr", "es")) {
            if (!names.containsKey(required)) {
                error("names", "the name in '" + required + "' is required");
            }
        }
        Map<CooperationType, RequirementProfile> requirements = new EnumMap<>(CooperationType.class);
        for (CooperationType type : CooperationType.values()) {
            Object section = doc.get(type.code());
            if (section instanceof Map<?, ?> map) {
                requirements.put(type, profile(type, cast(map)));
            } else if (section != null) {
                error(type.code(), "must be a mapping of topics");
            }
        }
        return new StateProfile(code, string(doc, "alpha2", "", true), string(doc, "numeric", "", false), names,
                string(doc, "region", "", true), Boolean.TRUE.equals(doc.get("un_member")), string(doc, "note", "", false),
                requirements);
    }

    private RequirementProfile profile(CooperationType type, Map<String, Object> section) {
        Map<String, Object> defaults = section.get("defaults") instanceof Map<?, ?> d ? cast(d) : Map.of();
        Map<String, Fact> topics = new LinkedHashMap<>();
        List<Fact> other = new ArrayList<>();
        for (Map.Entry<String, Object> entry : section.entrySet()) {
            String at = type.code() + "." + entry.getKey();
            switch (entry.getKey()) {
                case "defaults" -> { }
                case "other" -> {
                    int i = 0;
                    for (Map<String, Object> m : maps(entry.getValue(), at)) {
                        String label = string(m, "topic", at + "[" + i + "]", true);
                        Fact fact = fact(label == null ? "other" : label, m, defaults, at + "[" + i++ + "]");
                        if (fact != null) {
                            other.add(fact);
                        }
                    }
                }
                default -> {
                    if (entry.getValue() instanceof Map<?, ?> m) {
                        Fact fact = fact(entry.getKey(), cast(m), defaults, at);
                        if (fact != null) {
                            topics.put(entry.getKey(), fact);
                        }
                    } else {
                        error(at, "a fact must be a mapping with value, source, pinpoint, status and reviewed");
                    }
                }
            }
        }
        return new RequirementProfile(type, topics, other);
    }

    private Fact fact(String topic, Map<String, Object> m, Map<String, Object> defaults, String at) {
        for (String key : m.keySet()) {
            if (!FACT_KEYS.contains(key)) {
                error(at, "unknown key '" + key + "' in a fact");
            }
        }
        Provenance provenance = provenance(m, defaults, at, m.get("value") != null);
        if (provenance == null) {
            return null;
        }
        return new Fact(topic, m.get("value"), m.get("note") == null ? null : String.valueOf(m.get("note")), provenance);
    }

    /** A fact's own source, pinpoint, status and review date, or those of its section. */
    private Provenance provenance(Map<String, Object> m, Map<String, Object> defaults, String at, boolean hasValue) {
        String statusText = (String) m.getOrDefault("status", defaults.get("status"));
        FactStatus status = statusText == null ? null : Coded.byCode(FactStatus.class, statusText).orElse(null);
        if (status == null) {
            error(at, statusText == null ? "no status (verified, unconfirmed or unknown), neither on the fact nor in the section defaults"
                    : "unknown status '" + statusText + "'");
            return null;
        }
        String sourceId = (String) m.getOrDefault("source", defaults.get("source"));
        String pinpoint = m.containsKey("pinpoint") || defaults.containsKey("pinpoint")
                ? String.valueOf(m.getOrDefault("pinpoint", defaults.get("pinpoint"))) : null;
        LocalDate reviewed = date(m.getOrDefault("reviewed", defaults.get("reviewed")), at + ".reviewed", false);
        if (status == FactStatus.UNKNOWN) {
            if (hasValue) {
                error(at, "a fact whose status is unknown cannot have a value");
            }
            return new Provenance(sourceId, pinpoint, status, reviewed);
        }
        if (!hasValue) {
            error(at, "a " + status.code() + " fact needs a value (use status unknown when the answer is not known)");
            return null;
        }
        if (sourceId == null || !sources.containsKey(sourceId)) {
            error(at, sourceId == null ? "no source" : "unknown source id '" + sourceId + "'");
            return null;
        }
        if (reviewed == null) {
            error(at, "no review date");
            return null;
        }
        if (status == FactStatus.VERIFIED && pinpoint == null) {
            error(at, "a verified fact needs a pinpoint (article, section or page)");
        }
        if (status == FactStatus.VERIFIED && SECONDARY.equals(sources.get(sourceId).kind())) {
            error(at, "a verified fact cannot rest on the secondary source '" + sourceId
                    + "': cite the primary source read, or mark the fact unconfirmed");
        }
        LocalDate today = LocalDate.now(clock);
        if (reviewed.isAfter(today)) {
            error(at, "review date " + reviewed + " is in the future");
        } else if (reviewed.plusDays(maxReviewAgeDays).isBefore(today)) {
            problems.add(new DataProblem(DataProblem.Severity.WARNING, file, at,
                    "last reviewed " + reviewed + ", more than " + maxReviewAgeDays + " days ago"));
        }
        return new Provenance(sourceId, pinpoint, status, reviewed);
    }

    private Instrument instrument(Map<String, Object> doc, Path path, Set<StateCode> states) {
        String id = string(doc, "id", "", true);
        if (id == null) {
            return null;
        }
        if (!path.getFileName().toString().equals(id + ".yaml")) {
            error("id", "the file name must be the id: " + id + ".yaml");
        }
        String sourceId = string(doc, "source", "", true);
        if (sourceId != null && !sources.containsKey(sourceId)) {
            error("source", "unknown source id '" + sourceId + "'");
        }
        Map<String, Object> defaults = doc.get("defaults") instanceof Map<?, ?> d ? cast(d) : Map.of();
        Set<CooperationType> cooperation = new HashSet<>();
        for (Object c : list(doc.get("cooperation"))) {
            Coded.byCode(CooperationType.class, String.valueOf(c)).ifPresentOrElse(cooperation::add,
                    () -> error("cooperation", "unknown cooperation type '" + c + "'"));
        }
        List<Party> parties = new ArrayList<>();
        Set<StateCode> seen = new HashSet<>();
        int i = 0;
        for (Map<String, Object> m : maps(doc.get("parties"), "parties")) {
            String at = "parties[" + i++ + "]";
            StateCode state = knownState(m.get("state"), states, at);
            Provenance provenance = provenance(m, defaults, at, true);
            if (state != null && provenance != null) {
                if (!seen.add(state)) {
                    error(at, "State " + state + " is listed twice");
                }
                parties.add(new Party(state, date(m.get("date"), at + ".date", false), date(m.get("in_force"), at + ".in_force", false),
                        (String) m.get("type"), (String) m.get("note"), provenance));
            }
        }
        List<Declaration> declarations = new ArrayList<>();
        i = 0;
        for (Map<String, Object> m : maps(doc.get("declarations"), "declarations")) {
            String at = "declarations[" + i++ + "]";
            StateCode state = knownState(m.get("state"), states, at);
            Provenance provenance = provenance(m, defaults, at, true);
            if (state != null && provenance != null) {
                declarations.add(new Declaration(id, state, string(m, "article", at, true), string(m, "subject", at, true),
                        m.get("value"), string(m, "note", at, true), date(m.get("date"), at + ".date", false), provenance));
            }
        }
        return new Instrument(id, string(doc, "title", "", true), string(doc, "short", "", true), string(doc, "kind", "", true),
                string(doc, "parent", "", false), date(doc.get("adopted"), "adopted", false), date(doc.get("in_force"), "in_force", false),
                !Boolean.FALSE.equals(doc.get("binding")), cooperation, sourceId, string(doc, "note", "", false),
                string(doc, "coverage", "", false), parties, declarations);
    }

    private StateCode knownState(Object value, Set<StateCode> states, String at) {
        try {
            StateCode code = new StateCode(String.valueOf(value));
            if (states.contains(code)) {
                return code;
            }
            error(at, "unknown State '" + value + "' (no states/" + value + ".yaml)");
        } catch (IllegalArgumentException e) {
            error(at, e.getMessage());
        }
        return null;
    }

    private String string(Map<String, Object> m, String key, String at, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                error(at.isEmpty() ? key : at + "." + key, "is required");
            }
            return null;
        }
        return String.valueOf(v);
    }

    private LocalDate date(Object v, String at, boolean required) {
        if (v == null) {
            if (required) {
                error(at, "is required");
            }
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (java.time.format.DateTimeParseException e) {
            error(at, "'" + v + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private List<Map<String, Object>> maps(Object v, String at) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object item : list(v)) {
            if (item instanceof Map<?, ?> m) {
                result.add(cast(m));
            } else {
                error(at, "every entry must be a mapping");
            }
        }
        return result;
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private void error(String path, String message) {
        problems.add(new DataProblem(DataProblem.Severity.ERROR, file, path, message));
    }
}
