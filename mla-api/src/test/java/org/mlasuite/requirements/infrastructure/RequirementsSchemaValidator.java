package org.mlasuite.requirements.infrastructure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validates legal-requirements YAML files against the JSON Schemas in a local schema folder. The schemas' {@code $id}s
 * (https://mla-suite.example/legal-requirements/schema/...) are served from that folder; any other remote reference
 * is refused, so validation never touches the network.
 */
final class RequirementsSchemaValidator {

    static final String SCHEMA_BASE = "https://mla-suite.example/legal-requirements/schema/";

    /** The three kinds of data file and the schema each must satisfy. */
    enum Kind {
        STATE("state.schema.json"), INSTRUMENT("instrument.schema.json"), SOURCES("sources.schema.json");

        final String schemaFile;

        Kind(String schemaFile) {
            this.schemaFile = schemaFile;
        }
    }

    /** One schema violation (or a file that could not be read as YAML, with an empty pointer). */
    record Violation(String file, String pointer, String keyword, String problem) {
        @Override
        public String toString() {
            return file + " " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + problem;
        }
    }

    private final Path schemaDir;
    private final JsonSchemaFactory factory;
    private final Map<Kind, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper yaml;

    RequirementsSchemaValidator(Path schemaDir) {
        this.schemaDir = schemaDir;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaLoaders(loaders -> loaders
                        .schemas(this::localSchema)
                        .add(iri -> {
                            String text = iri.toString();
                            if (text.startsWith("http:") || text.startsWith("https:")) {
                                throw new IllegalStateException("refusing to fetch " + text
                                        + ": every schema must be in " + schemaDir + " and be referenced by its $id");
                            }
                            return null;
                        })));
        // YAML 1.1 timestamps stay strings (Jackson does not resolve them), as the schemas expect;
        // a key given twice in a mapping is an error, not a silent overwrite.
        this.yaml = new YAMLMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The text of a schema addressed by its $id, read from the local folder; null for IRIs outside our base. */
    private String localSchema(String iri) {
        if (!iri.startsWith(SCHEMA_BASE)) {
            return null;
        }
        String name = iri.substring(SCHEMA_BASE.length());
        if (!name.matches("[a-z-]+\\.schema\\.json")) {
            return null;
        }
        Path file = schemaDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonSchema schema(Kind kind) {
        return schemas.computeIfAbsent(kind, k -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            return factory.getSchema(SchemaLocation.of(SCHEMA_BASE + k.schemaFile), config);
        });
    }

    /** Every violation in one file, sorted by pointer; {@code name} is how the file is named in messages. */
    List<Violation> validate(Path file, String name, Kind kind) {
        JsonNode document;
        try {
            document = yaml.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            return List.of(new Violation(name, "", "yaml", "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.isMissingNode()) {
            return List.of(new Violation(name, "", "yaml", "the file is empty"));
        }
        List<Violation> result = new ArrayList<>();
        for (ValidationMessage m : schema(kind).validate(document)) {
            result.add(new Violation(name, pointer(m), m.getType(), m.getError() + found(m.getInstanceNode())));
        }
        result.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::problem));
        return result;
    }

    /** The offending value when it is short enough to quote, so the editor sees what was written. */
    private static String found(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return "";
        }
        String text = node.toString();
        return text.length() > 80 ? "" : " (found " + text + ")";
    }

    /**
     * The JSON pointer of the offending value. For an unknown or missing property the library reports the object
     * that holds it; the property's own pointer is more useful to a data editor, so it is appended.
     */
    private static String pointer(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        if (("additionalProperties".equals(m.getType()) || "required".equals(m.getType())) && m.getProperty() != null) {
            return at + "/" + m.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return at;
    }

    /** Every file of a data root and the schema it must satisfy, in a stable order. */
    static List<Map.Entry<Path, Kind>> dataFiles(Path root) {
        List<Map.Entry<Path, Kind>> files = new ArrayList<>();
        yamlFiles(root.resolve("states")).forEach(p -> files.add(Map.entry(p, Kind.STATE)));
        yamlFiles(root.resolve("instruments")).forEach(p -> files.add(Map.entry(p, Kind.INSTRUMENT)));
        Path top = root.resolve("sources.yaml");
        if (Files.isRegularFile(top)) {
            files.add(Map.entry(top, Kind.SOURCES));
        }
        yamlFiles(root.resolve("sources")).forEach(p -> files.add(Map.entry(p, Kind.SOURCES)));
        return files;
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
