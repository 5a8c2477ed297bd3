package org.mlasuite.training.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** RFC 6901 pointers over a plain tree of maps and lists: enough to judge a rubric, nothing more. */
final class JsonPointer {

    private JsonPointer() {
    }

    static Object resolve(Object root, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return root;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("A JSON pointer starts with '/': " + pointer);
        }
        Object current = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof Map<?, ?> map) {
                current = map.get(token);
            } else if (current instanceof List<?> list && token.matches("\\d+")) {
                int index = Integer.parseInt(token);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Equality as JSON sees it: 2 and 2.0 are the same number. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }
}
