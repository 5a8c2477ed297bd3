package org.mlasuite.incoming.domain;

import java.util.EnumSet;
import java.util.Set;
import org.mlasuite.shared.Coded;

/**
 * Where a request stands. The allowed moves follow practice: review may ask for more information (UNTOC art.
 * 18(16)) and resume when it arrives; execution may be postponed (18(25)) and resumed; a closed request (executed,
 * refused, withdrawn) can only be reopened into review, which the history records.
 */
public enum RegisterStatus implements Coded {
    RECEIVED("received"),
    UNDER_REVIEW("under-review"),
    ADDITIONAL_INFORMATION_REQUESTED("additional-information-requested"),
    IN_EXECUTION("in-execution"),
    PARTIALLY_EXECUTED("partially-executed"),
    EXECUTED("executed"),
    REFUSED("refused"),
    POSTPONED("postponed"),
    WITHDRAWN("withdrawn"),
    /** Outgoing requests: sent to the requested State. */
    SENT("sent");

    private final String code;

    RegisterStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean closed() {
        return this == EXECUTED || this == REFUSED || this == WITHDRAWN;
    }

    public Set<RegisterStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN, REFUSED);
            case UNDER_REVIEW -> EnumSet.of(ADDITIONAL_INFORMATION_REQUESTED, IN_EXECUTION, REFUSED, POSTPONED, WITHDRAWN);
            case ADDITIONAL_INFORMATION_REQUESTED -> EnumSet.of(UNDER_REVIEW, REFUSED, WITHDRAWN);
            case IN_EXECUTION -> EnumSet.of(PARTIALLY_EXECUTED, EXECUTED, POSTPONED, WITHDRAWN, REFUSED);
            case PARTIALLY_EXECUTED -> EnumSet.of(IN_EXECUTION, EXECUTED, WITHDRAWN);
            case POSTPONED -> EnumSet.of(IN_EXECUTION, UNDER_REVIEW, REFUSED, WITHDRAWN);
            case EXECUTED, REFUSED, WITHDRAWN -> EnumSet.of(UNDER_REVIEW);
            case SENT -> EnumSet.of(ADDITIONAL_INFORMATION_REQUESTED, IN_EXECUTION, PARTIALLY_EXECUTED, EXECUTED, REFUSED,
                    POSTPONED, WITHDRAWN);
        };
    }
}
