package org.mlasuite.checking.domain;

import java.util.List;

/**
 * The contents of a request for provisional arrest pending extradition (UN Model Treaty on Extradition art. 9)
 * and the time limits it triggers.
 */
public final class ProvisionalArrestChecks {

    private ProvisionalArrestChecks() {
    }

    public static List<Check> all() {
        return List.of();
    }
}
