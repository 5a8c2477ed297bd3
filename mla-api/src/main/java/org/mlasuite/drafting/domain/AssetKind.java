package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Kinds of property a confiscation request may target. */
public enum AssetKind implements Coded {
    BANK_ACCOUNT("bank-account"),
    REAL_ESTATE("real-estate"),
    VEHICLE("vehicle"),
    VESSEL_OR_AIRCRAFT("vessel-or-aircraft"),
    COMPANY_SHARES("company-shares"),
    SECURITIES("securities"),
    CASH("cash"),
    VIRTUAL_ASSETS("virtual-assets"),
    VALUABLES("valuables"),
    OTHER("other");

    private final String code;

    AssetKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
