package org.mlasuite.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A State identified by its ISO 3166-1 alpha-3 code (for example {@code FRA}), the key of every profile in
 * legal-requirements/states.
 */
public record StateCode(String value) implements Comparable<StateCode> {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public StateCode {
        Objects.requireNonNull(value, "A State code is required.");
        if (!ALPHA3.matcher(value).matches()) {
            throw new IllegalArgumentException("A State code is three capital letters (ISO 3166-1 alpha-3), not '" + value + "'.");
        }
    }

    /** Accepts any letter case, so that user input such as {@code fra} is understood. */
    public static StateCode of(String code) {
        return new StateCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
