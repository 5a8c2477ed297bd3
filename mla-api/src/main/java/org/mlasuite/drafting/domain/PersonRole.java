package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Why a person appears in a request. */
public enum PersonRole implements Coded {
    SUSPECT("suspect"),
    ACCUSED("accused"),
    SENTENCED("sentenced"),
    WITNESS("witness"),
    VICTIM("victim"),
    EXPERT("expert"),
    ACCOUNT_HOLDER("account-holder"),
    OTHER("other");

    private final String code;

    PersonRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
