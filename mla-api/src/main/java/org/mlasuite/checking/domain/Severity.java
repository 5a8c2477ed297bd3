package org.mlasuite.checking.domain;

import org.mlasuite.shared.Coded;

/** How much a finding matters. */
public enum Severity implements Coded {
    /** The requested State would refuse or return the request as it stands. */
    BLOCKING("blocking"),
    /** Likely to cause delay or a request for more information. */
    WARNING("warning"),
    /** Good practice; the request can go without it. */
    ADVICE("advice");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
