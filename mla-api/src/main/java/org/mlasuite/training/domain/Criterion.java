package org.mlasuite.training.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a rubric item is judged on a trainee's request. {@code document} is the request as a JSON-like tree (maps,
 * lists, strings, numbers, booleans); {@code findings} are the check ids the checker reported at warning or
 * blocking severity.
 */
public sealed interface Criterion {

    boolean met(Object document, List<String> findings);

    /** Met when the checker reports no warning or blocking finding with this id. */
    record Check(String checkId) implements Criterion {
        @Override
        public boolean met(Object document, List<String> findings) {
            return !findings.contains(checkId);
        }
    }

    /** Met when the value at the pointer is present and not empty. */
    record Present(String pointer) implements Criterion {
        @Override
        public boolean met(Object document, List<String> findings) {
            Object value = JsonPointer.resolve(document, pointer);
            return value != null && !(value instanceof String s && s.isBlank()) && !(value instanceof List<?> l && l.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty());
        }
    }

    /** Met when the value at the pointer equals the expected value (numbers compared by value). */
    record Equals(String pointer, Object value) implements Criterion {
        @Override
        public boolean met(Object document, List<String> findings) {
            return JsonPointer.same(JsonPointer.resolve(document, pointer), value);
        }
    }

    /** Met when the array at the pointer has an element carrying every given property value. */
    record Contains(String pointer, Map<String, Object> match) implements Criterion {
        public Contains {
            match = Map.copyOf(match);
        }

        @Override
        public boolean met(Object document, List<String> findings) {
            if (!(JsonPointer.resolve(document, pointer) instanceof List<?> list)) {
                return false;
            }
            return list.stream().anyMatch(e -> e instanceof Map<?, ?> element
                    && match.entrySet().stream().allMatch(m -> JsonPointer.same(element.get(m.getKey()), m.getValue())));
        }
    }

}
