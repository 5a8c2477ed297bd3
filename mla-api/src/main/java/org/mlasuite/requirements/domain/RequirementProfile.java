package org.mlasuite.requirements.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A State's requirements for one cooperation type: every named topic (known or unknown) plus other facts. */
public record RequirementProfile(CooperationType type, Map<String, Fact> topics, List<Fact> other) {

    public RequirementProfile {
        Objects.requireNonNull(type);
        Map<String, Fact> complete = new LinkedHashMap<>();
        for (String topic : Topics.of(type)) {
            complete.put(topic, topics.getOrDefault(topic, Fact.unknown(topic)));
        }
        topics.forEach(complete::putIfAbsent);
        topics = java.util.Collections.unmodifiableMap(complete);
        other = List.copyOf(other);
    }

    public static RequirementProfile empty(CooperationType type) {
        return new RequirementProfile(type, Map.of(), List.of());
    }

    public Fact fact(String topic) {
        return topics.getOrDefault(topic, Fact.unknown(topic));
    }

    public List<Fact> facts() {
        return java.util.stream.Stream.concat(topics.values().stream(), other.stream()).toList();
    }
}
