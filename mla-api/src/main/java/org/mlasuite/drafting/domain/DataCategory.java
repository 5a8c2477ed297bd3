package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Categories of electronic data, which many States treat differently (content usually needs a court order). */
public enum DataCategory implements Coded {
    SUBSCRIBER("subscriber"),
    TRAFFIC("traffic"),
    CONTENT("content");

    private final String code;

    DataCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
