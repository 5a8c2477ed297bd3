package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Why a person appears in a request. */
public enum PersonRole implements Coded {
    PERSON_SOUGHT("person-sought"),
    SUSPECT("suspect"),
    ACCUSED("accused"),
    SENTENCED("sentenced"),
    WITNESS("witness"),
    VICTIM("victim"),
    EXPERT("expert"),
    ACCOUNT_HOLDER("account-holder"),
    DETAINED_PERSON("detained-person"),
    PROPERTY_HOLDER("property-holder"),
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
