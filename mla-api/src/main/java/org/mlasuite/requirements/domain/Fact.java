package org.mlasuite.requirements.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sourced statement about a State's requirements, for example "accepts requests in English and French".
 *
 * @param topic      the named topic ({@code languages}, {@code treaty_required}, ...) or a free label for other facts
 * @param value      a String, Boolean, Number or List of Strings; null when unknown
 * @param note       our paraphrase of what the source says, with the nuance the value cannot hold
 * @param provenance source, pinpoint, status, review date
 */
public record Fact(String topic, Object value, String note, Provenance provenance) {

    public Fact {
        Objects.requireNonNull(topic, "A fact has a topic.");
        Objects.requireNonNull(provenance, "A fact has a provenance.");
        if (value instanceof List<?> list) {
            value = List.copyOf(list);
        }
    }

    public static Fact unknown(String topic) {
        return new Fact(topic, null, null, Provenance.UNKNOWN);
    }

    public boolean known() {
        return value != null && provenance.status() != FactStatus.UNKNOWN;
    }

    public FactStatus status() {
        return provenance.status();
    }

    public Optional<Boolean> asBoolean() {
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public List<String> asStrings() {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
