package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The contents of a request for extradition (UNTOC art. 16; UN Model Treaty on Extradition arts. 3-5) and the
 * requested State's own extradition rules.
 */
public final class ExtraditionChecks {

    private ExtraditionChecks() {
    }

    public static List<Check> all() {
        return List.of();
    }
}
