package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The contents of a request for confiscation (UNTOC arts. 12-14, in particular 13(3)) and the requested
 * State's rules on enforcing foreign orders.
 */
public final class ConfiscationChecks {

    private ConfiscationChecks() {
    }

    public static List<Check> all() {
        return List.of();
    }
}
