package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Whether the person is sought to stand trial or to serve a sentence already imposed. */
public enum ExtraditionPurpose implements Coded {
    PROSECUTION("prosecution"),
    ENFORCEMENT("enforcement");

    private final String code;

    ExtraditionPurpose(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
