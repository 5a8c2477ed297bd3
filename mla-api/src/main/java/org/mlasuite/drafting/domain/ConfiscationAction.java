package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** What a confiscation request asks for (UNTOC arts. 13 and 14). */
public enum ConfiscationAction implements Coded {
    /** Identify, trace, freeze or seize proceeds, property or instrumentalities, 13(2). */
    IDENTIFY_TRACE_FREEZE("identify-trace-freeze", "13(2)"),
    /** Submit the request to the competent authorities to obtain a domestic confiscation order, 13(1)(a). */
    DOMESTIC_ORDER("domestic-order", "13(1)(a)"),
    /** Give effect to the requesting State's confiscation order, 13(1)(b). */
    ENFORCE_ORDER("enforce-order", "13(1)(b)"),
    /** Return the confiscated property or share it, 14(2)-(3). */
    DISPOSAL("disposal", "14");

    private final String code;
    private final String article;

    ConfiscationAction(String code, String article) {
        this.code = code;
        this.article = article;
    }

    @Override
    public String code() {
        return code;
    }

    public String article() {
        return article;
    }
}
