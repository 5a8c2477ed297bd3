package org.mlasuite.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.drafting.domain.DataCategory;
import org.mlasuite.drafting.domain.TransnationalElement;
import org.mlasuite.drafting.domain.Channel;
import org.mlasuite.drafting.domain.AssetKind;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.AssuranceType;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.PersonRole;
import org.mlasuite.drafting.domain.ProceedingsNature;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.FactStatus;

/** The suite's JSON-B configuration. */
public final class Json {

    /** Yasson's switch to refuse a property the type does not have: a misspelt field is an error, not a silent loss. */
    private static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private Json() {
    }

    public static JsonbConfig config() {
        JsonbConfig config = new JsonbConfig().withNullValues(false);
        config.setProperty(FAIL_ON_UNKNOWN, true);
        return config.withAdapters(
                        new CodedAdapter<RequestType>(RequestType.class) { },
                        new CodedAdapter<ProceedingsNature>(ProceedingsNature.class) { },
                        new CodedAdapter<MeasureType>(MeasureType.class) { },
                        new CodedAdapter<PersonRole>(PersonRole.class) { },
                        new CodedAdapter<Severity>(Severity.class) { },
                        new CodedAdapter<CooperationType>(CooperationType.class) { },
                        new CodedAdapter<FactStatus>(FactStatus.class) { },
                        new CodedAdapter<ExtraditionPurpose>(ExtraditionPurpose.class) { },
                        new CodedAdapter<AssuranceType>(AssuranceType.class) { },
                        new CodedAdapter<ConfiscationAction>(ConfiscationAction.class) { },
                        new CodedAdapter<AssetKind>(AssetKind.class) { },
                        new CodedAdapter<Channel>(Channel.class) { },
                        new CodedAdapter<TransnationalElement>(TransnationalElement.class) { },
                        new CodedAdapter<DataCategory>(DataCategory.class) { });
    }

    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }
}
