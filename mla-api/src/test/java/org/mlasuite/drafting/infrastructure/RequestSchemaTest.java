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
}
