package org.mlasuite.drafting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.mlasuite.shared.Coded;
import java.util.List;
import java.util.ArrayList;
import java.lang.reflect.ParameterizedType;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.rest.SchemaResource;
import org.mlasuite.platform.json.Json;
import org.mlasuite.testing.TestData;

/** The published JSON Schema and the Java model describe the same document, and the samples conform to it. */
class RequestSchemaTest {

    private static JsonNode schemaNode() throws Exception {
        try (InputStream in = RequestSchemaTest.class.getClassLoader().getResourceAsStream(SchemaResource.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void samplesConformToTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
        try (var jsonb = Json.create()) {
            for (var sample : TestData.samples()) {
                JsonNode document = new ObjectMapper().readTree(jsonb.toJson(sample.document()));
                assertThat(schema.validate(document)).as(sample.id()).isEmpty();
            }
        }
    }

    @Test
    void everyFieldOfTheModelIsInTheSchemaAndNoOther() throws Exception {
        Set<String> schemaFields = new TreeSet<>();
        schemaNode().get("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> modelFields = new TreeSet<>(Arrays.stream(RequestDocument.class.getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(schemaFields).isEqualTo(modelFields);
    }

    @Test
    void everyNestedPartAndCodeListMatchesTheModel() throws Exception {
        List<String> differences = new ArrayList<>();
        compare(RequestDocument.class, schemaNode(), "", differences);
        assertThat(differences).isEmpty();
    }

    /** Walks the records and the schema side by side: same property names, same enum codes, at every depth. */
    private static void compare(Class<?> record, JsonNode schema, String path, List<String> differences) {
        Set<String> schemaFields = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
        Set<String> modelFields = new TreeSet<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
        if (!schemaFields.equals(modelFields)) {
            differences.add(path + ": schema " + schemaFields + " vs model " + modelFields);
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode node = schema.get("properties").get(component.getName());
            Class<?> type = component.getType();
            if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType list) {
                java.lang.reflect.Type item = list.getActualTypeArguments()[0];
                type = item instanceof Class<?> c ? c : (Class<?>) ((java.lang.reflect.AnnotatedType) component.getAnnotatedType()).getType();
                node = node.get("items");
            }
            String here = path + "/" + component.getName();
            if (type.isRecord()) {
                compare(type, node, here, differences);
            } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                Set<String> codes = new TreeSet<>(Arrays.stream(type.getEnumConstants()).map(e -> ((Coded) e).code()).toList());
                Set<String> schemaCodes = new TreeSet<>();
                node.get("enum").forEach(n -> schemaCodes.add(n.asText()));
                if (!codes.equals(schemaCodes)) {
                    differences.add(here + ": schema codes " + schemaCodes + " vs model " + codes);
                }
            }
        }
    }
}
