package org.mlasuite.requirements.domain;

import org.mlasuite.shared.Coded;

/** The three forms of cooperation a State profile describes. */
public enum CooperationType implements Coded {
    EXTRADITION("extradition"),
    MLA("mla"),
    CONFISCATION("confiscation");

    private final String code;

    CooperationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
