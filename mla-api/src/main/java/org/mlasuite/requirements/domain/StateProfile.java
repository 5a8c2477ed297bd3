package org.mlasuite.requirements.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlasuite.shared.StateCode;

/** Everything the catalogue knows about one State, by cooperation type. */
public record StateProfile(StateCode code, String alpha2, String numeric, Map<String, String> names, String region,
        boolean unMember, String note, Map<CooperationType, RequirementProfile> requirements) {

    public StateProfile {
        Objects.requireNonNull(code);
        names = Map.copyOf(names);
        EnumMap<CooperationType, RequirementProfile> all = new EnumMap<>(CooperationType.class);
        for (CooperationType type : CooperationType.values()) {
            all.put(type, requirements.getOrDefault(type, RequirementProfile.empty(type)));
        }
        requirements = java.util.Collections.unmodifiableMap(all);
    }

    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }

    public RequirementProfile requirements(CooperationType type) {
        return requirements.get(type);
    }

    public List<Fact> facts() {
        return requirements.values().stream().flatMap(p -> p.facts().stream()).toList();
    }
}
