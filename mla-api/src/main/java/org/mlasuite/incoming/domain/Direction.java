package org.mlasuite.incoming.domain;

import org.mlasuite.shared.Coded;

/** Whether the central authority received the request or sent it. */
public enum Direction implements Coded {
    INCOMING("incoming"),
    OUTGOING("outgoing");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
