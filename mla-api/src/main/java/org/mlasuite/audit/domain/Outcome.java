package org.mlasuite.audit.domain;

import org.mlasuite.shared.Coded;

/** How an audited action ended. */
public enum Outcome implements Coded {
    SUCCESS("success"),
    FAILURE("failure"),
    DENIED("denied");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
