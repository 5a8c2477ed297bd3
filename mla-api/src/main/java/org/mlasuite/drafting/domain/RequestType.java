package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** The kind of cooperation a request seeks. */
public enum RequestType implements Coded {
    MLA("mla"),
    EXTRADITION("extradition"),
    PROVISIONAL_ARREST("provisional-arrest"),
    CONFISCATION("confiscation");

    private final String code;

    RequestType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
