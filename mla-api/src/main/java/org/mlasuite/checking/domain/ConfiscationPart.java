package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.Disposal;
import org.mlasuite.drafting.domain.RequestDocument;

/** Null-safe reading of the confiscation part of a request, for the confiscation checks. */
final class ConfiscationPart {

    private static final Confiscation EMPTY = new Confiscation(List.of(), List.of(), null, null, null, null);

    private ConfiscationPart() {
    }

    /** The request's confiscation part, or an empty one when the draft has none yet. */
    static Confiscation of(RequestDocument request) {
        return request.confiscation() == null ? EMPTY : request.confiscation();
    }

    /** Whether the request asks for a confiscation order, domestic (13(1)(a)) or the requesting State's (13(1)(b)). */
    static boolean seeksConfiscation(Confiscation confiscation) {
        return confiscation.asks(ConfiscationAction.DOMESTIC_ORDER) || confiscation.asks(ConfiscationAction.ENFORCE_ORDER);
    }

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    static Disposal disposal(Confiscation confiscation) {
        return confiscation.disposal() == null ? new Disposal(null, null, null, null) : confiscation.disposal();
    }
}
