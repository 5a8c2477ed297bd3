package org.mlasuite.incoming.domain;

import org.mlasuite.shared.Coded;

/** The time limits a central authority follows. */
public enum DeadlineKind implements Coded {
    /** The date by which the requesting State asks for execution (UNTOC art. 18(24)). */
    REQUESTED("requested"),
    /** When a provisionally arrested person must be released if the full extradition request has not arrived. */
    PROVISIONAL_ARREST_EXPIRY("provisional-arrest-expiry"),
    /** When preserved electronic data may be deleted unless a production request follows. */
    PRESERVATION_EXPIRY("preservation-expiry"),
    /** The date by which additional information was asked (18(16)). */
    ADDITIONAL_INFORMATION("additional-information"),
    OTHER("other");

    private final String code;

    DeadlineKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
