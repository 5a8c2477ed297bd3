package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Objects;
import org.mlasuite.shared.Citation;

/**
 * What a check found: a stable id (the check's), how much it matters, a message and a suggested fix written for
 * the practitioner, the provision it rests on, and the fields of the request it concerns (for example
 * {@code persons[0].nationality}) so that a user interface can point at them.
 */
public record Finding(String id, Severity severity, String message, String fix, Citation citation, List<String> fields) {

    public Finding {
        Objects.requireNonNull(id);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        Objects.requireNonNull(citation, "Every finding cites the provision it rests on.");
        fields = List.copyOf(fields);
    }
}
