package org.mlasuite.requirements.domain;

import org.mlasuite.shared.Coded;

/**
 * How far a fact can be relied on. {@code VERIFIED}: read in a primary source (treaty, statute, official guidance,
 * depositary record). {@code UNCONFIRMED}: from a secondary source or not yet checked against a primary one.
 * {@code UNKNOWN}: nobody has found the answer; the Convention's own rules apply.
 */
public enum FactStatus implements Coded {
    VERIFIED("verified"),
    UNCONFIRMED("unconfirmed"),
    UNKNOWN("unknown");

    private final String code;

    FactStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
