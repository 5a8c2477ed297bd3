package org.mlasuite.incoming.domain;

import org.mlasuite.shared.Coded;

/** How the request came into the register. */
public enum IntakeSource implements Coded {
    /** A PDF produced by this suite, with the request JSON embedded. */
    SUITE_PDF("suite-pdf"),
    /** A request document in the suite's JSON format. */
    JSON("json"),
    /** Received on paper or by e-mail and entered by hand, with the scanned original attached. */
    MANUAL("manual");

    private final String code;

    IntakeSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
