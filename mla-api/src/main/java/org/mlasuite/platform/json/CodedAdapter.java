package org.mlasuite.platform.json;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import org.mlasuite.shared.Coded;

/** Writes a closed vocabulary as its code ({@code provisional-arrest}) and reads it back, naming the allowed codes. */
abstract class CodedAdapter<E extends Enum<E> & Coded> implements JsonbAdapter<E, String> {

    private final Class<E> type;

    CodedAdapter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String adaptToJson(E value) {
        return value.code();
    }

    @Override
    public E adaptFromJson(String code) {
        return Coded.byCode(type, code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList())));
    }
}
