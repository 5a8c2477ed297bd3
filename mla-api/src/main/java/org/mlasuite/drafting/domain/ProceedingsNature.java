package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** The stage of the proceedings a request serves (UNTOC art. 18(1) and 18(15)(b)). */
public enum ProceedingsNature implements Coded {
    INVESTIGATION("investigation"),
    PROSECUTION("prosecution"),
    JUDICIAL_PROCEEDINGS("judicial-proceedings");

    private final String code;

    ProceedingsNature(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
