package org.mlasuite.training.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.shared.Coded;
import org.mlasuite.training.domain.CaseDocument;
import org.mlasuite.training.domain.Criterion;
import org.mlasuite.training.domain.RubricItem;
import org.mlasuite.training.domain.Scenario;
import org.mlasuite.training.domain.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the scenario files. Dates stay strings (the request document reads them as ISO dates itself), duplicate
 * keys are refused, and every error names the file and the key.
 */
public final class ScenarioLibrary {

    public static final String FOLDER = "training/scenarios";

    private final Function<String, RequestDocument> requests;
    private final Function<Object, String> toJson;

    /**
     * @param requests reads a request document from JSON (the API's own binding)
     * @param toJson   writes a plain tree (maps, lists, scalars) as JSON
     */
    public ScenarioLibrary(Function<String, RequestDocument> requests, Function<Object, String> toJson) {
        this.requests = requests;
        this.toJson = toJson;
    }

    public List<Scenario> load(ClassLoader loader) {
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException(FOLDER + " is not on the classpath: the build did not package the scenarios.");
        }
        try {
            URI uri = folder.toURI();
            Path root = "jar".equals(uri.getScheme()) ? jar(uri).provider().getPath(uri) : Path.of(uri);
            return load(root);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the scenarios at " + folder, e);
        }
    }

    public List<Scenario> load(Path root) {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString();
                try {
                    scenarios.add(scenario(name.substring(0, name.length() - 5), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    throw new InvalidScenario(name + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(scenarios);
    }

    Scenario scenario(String fileId, String yaml) {
        Map<String, Object> m = map(yaml(yaml), "the file");
        String id = string(m, "id");
        if (!id.equals(fileId)) {
            throw new IllegalArgumentException("id '" + id + "' differs from the file name");
        }
        Map<String, Object> caseFile = map(m.get("caseFile"), "caseFile");
        List<CaseDocument> documents = new ArrayList<>();
        for (Object d : list(caseFile.get("documents"), "caseFile.documents")) {
            Map<String, Object> doc = map(d, "caseFile.documents[]");
            documents.add(new CaseDocument(text(doc, "title"), text(doc, "content")));
        }
        List<RubricItem> rubric = new ArrayList<>();
        for (Object r : list(m.get("rubric"), "rubric")) {
            Map<String, Object> item = map(r, "rubric[]");
            rubric.add(new RubricItem(string(item, "id"), text(item, "description"), ((Number) item.get("points")).intValue(),
                    criterion(item)));
        }
        RequestType type = Coded.byCode(RequestType.class, string(m, "type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + m.get("type")));
        RequestDocument model = requests.apply(toJson.apply(map(m.get("model"), "model")));
        return new Scenario(id, text(m, "title"), string(m, "topic"), type, string(m, "requestingState"),
                string(m, "requestedState"), string(m, "level"), ((Number) m.get("minutes")).intValue(), text(caseFile, "summary"),
                documents, text(m, "task"), list(m.get("articles"), "articles").stream().map(String::valueOf).toList(), rubric, model);
    }

    private static Criterion criterion(Map<String, Object> item) {
        List<String> kinds = Stream.of("check", "present", "equals", "contains").filter(item::containsKey).toList();
        if (kinds.size() != 1) {
            throw new IllegalArgumentException("rubric item " + item.get("id") + " needs exactly one of check, present, equals, contains");
        }
        return switch (kinds.get(0)) {
            case "check" -> new Criterion.Check(String.valueOf(item.get("check")));
            case "present" -> new Criterion.Present(String.valueOf(item.get("present")));
            case "equals" -> {
                Map<String, Object> e = map(item.get("equals"), "equals");
                yield new Criterion.Equals(string(e, "pointer"), e.get("value"));
            }
            default -> {
                Map<String, Object> c = map(item.get("contains"), "contains");
                yield new Criterion.Contains(string(c, "pointer"), map(c.get("match"), "contains.match"));
            }
        };
    }

    private static Object yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        return new Yaml(new SafeConstructor(options), new Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(), options, new NoTimestamps()).load(text);
    }

    /** Keeps 2026-01-05 a string: the request document parses its own dates. */
    private static final class NoTimestamps extends Resolver {
        @Override
        public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static Text text(Map<String, Object> m, String key) {
        Map<String, Object> t = map(m.get(key), key);
        return new Text(string(t, "en"), string(t, "fr"));
    }

    private static String string(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        return new LinkedHashMap<>((Map<String, Object>) value);
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(where + " must be a list");
        }
        return l;
    }

    private static FileSystem jar(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }

    /** A scenario file that cannot be read. */
    public static final class InvalidScenario extends RuntimeException {
        InvalidScenario(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
