package org.mlasuite.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.AssetKind;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;

/** The coded enums of the request document travel as their codes (as the JSON Schema lists them), in lists too. */
class CodedEnumsJsonTest {

    @Test
    void confiscationActionsAndAssetKindsAreReadAndWrittenAsCodes() throws Exception {
        try (Jsonb jsonb = Json.create()) {
            Confiscation read = jsonb.fromJson("{\"actions\":[\"identify-trace-freeze\",\"enforce-order\"],"
                    + "\"assets\":[{\"kind\":\"real-estate\"}]}", Confiscation.class);
            assertThat(read.actions()).containsExactly(ConfiscationAction.IDENTIFY_TRACE_FREEZE, ConfiscationAction.ENFORCE_ORDER);
            assertThat(read.assets().get(0).kind()).isEqualTo(AssetKind.REAL_ESTATE);
            assertThat(jsonb.toJson(read)).contains("\"identify-trace-freeze\"", "\"enforce-order\"", "\"real-estate\"")
                    .doesNotContain("IDENTIFY_TRACE_FREEZE");
        }
    }
}
