package org.mlasuite.incoming.domain;

import org.mlasuite.shared.Coded;

/**
 * What the import found when comparing the SHA-256 of the embedded request JSON with the fingerprint printed on
 * the PDF: equal, different (the attachment or the print was altered), or no fingerprint to compare.
 */
public enum FingerprintCheck implements Coded {
    VERIFIED("verified"),
    MISMATCH("mismatch"),
    ABSENT("absent"),
    NOT_APPLICABLE("not-applicable");

    private final String code;

    FingerprintCheck(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
