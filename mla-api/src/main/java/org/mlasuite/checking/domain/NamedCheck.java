package org.mlasuite.checking.domain;

import org.mlasuite.shared.Citation;

/** The identity every check carries: its id, usual severity and the provision it rests on. */
abstract class NamedCheck implements Check {

    private final String id;
    private final Severity severity;
    private final Citation citation;

    NamedCheck(String id, Severity severity, Citation citation) {
        this.id = id;
        this.severity = severity;
        this.citation = citation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final Citation citation() {
        return citation;
    }
}
