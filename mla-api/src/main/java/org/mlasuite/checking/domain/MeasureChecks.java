package org.mlasuite.checking.domain;

import java.util.List;

/**
 * What particular forms of mutual legal assistance need beyond the general contents: video hearings (UNTOC art.
 * 18(18)), temporary transfer of detained persons (18(10)-(12)), electronic evidence and coercive measures.
 */
public final class MeasureChecks {

    private MeasureChecks() {
    }

    public static List<Check> all() {
        return List.of();
    }
}
