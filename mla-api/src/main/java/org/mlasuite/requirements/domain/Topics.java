package org.mlasuite.requirements.domain;

import java.util.List;
import java.util.Map;

/**
 * The named topics of each requirement profile, in the order a practitioner reads them. The data schema
 * (legal-requirements/schema/state.schema.json) lists the same names; a topic absent from a State's file is
 * reported as unknown rather than silently missing.
 */
public final class Topics {

    private static final List<String> COMMON = List.of("central_authority", "channels", "languages", "treaty_required",
            "untoc_as_legal_basis", "reciprocity", "dual_criminality");

    private static final Map<CooperationType, List<String>> BY_TYPE = Map.of(
            CooperationType.EXTRADITION, concat(COMMON, List.of("nationals", "min_penalty_months",
                    "min_remaining_sentence_months", "evidentiary_standard", "assurances", "provisional_arrest_days",
                    "provisional_arrest_extension", "limitation", "authentication", "costs", "content_requirements",
                    "refusal_grounds")),
            CooperationType.MLA, concat(COMMON, List.of("coercive_measures_standard", "urgent_requests",
                    "authentication", "costs", "content_requirements", "refusal_grounds")),
            CooperationType.CONFISCATION, concat(COMMON, List.of("enforces_foreign_orders", "domestic_order_route",
                    "non_conviction_based", "asset_sharing", "authentication", "costs", "content_requirements",
                    "refusal_grounds")));

    private Topics() {
    }

    public static List<String> of(CooperationType type) {
        return BY_TYPE.get(type);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
