package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** How a request travels. The codes match the channel values of the legal-requirements data. */
public enum Channel implements Coded {
    CENTRAL_AUTHORITY("central-authority"),
    DIPLOMATIC("diplomatic"),
    DIRECT_JUDICIAL("direct-judicial"),
    INTERPOL("interpol"),
    EMAIL("email"),
    ONLINE_PORTAL("online-portal"),
    POST("post"),
    POLICE("police");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
