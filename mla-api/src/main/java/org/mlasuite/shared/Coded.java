package org.mlasuite.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A closed vocabulary whose members have a stable lower-case code (for example {@code provisional-arrest}).
 * The code, not the Java constant name, is what documents and data files store, so renaming a constant never
 * breaks a saved request.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
