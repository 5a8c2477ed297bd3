package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** The grounds of UNTOC art. 3(2) on which an offence is transnational, plus the MLA ground of art. 18(1). */
public enum TransnationalElement implements Coded {
    /** 3(2)(a): committed in more than one State. */
    SEVERAL_STATES("several-states"),
    /** 3(2)(b): committed in one State but prepared, planned, directed or controlled in another. */
    DIRECTED_FROM_ANOTHER_STATE("directed-from-another-state"),
    /** 3(2)(c): committed in one State by a group active in more than one. */
    GROUP_ACTIVE_IN_SEVERAL_STATES("group-active-in-several-states"),
    /** 3(2)(d): committed in one State with substantial effects in another. */
    SUBSTANTIAL_EFFECTS_ELSEWHERE("substantial-effects-elsewhere"),
    /** 18(1): victims, witnesses, proceeds, instrumentalities or evidence are in the requested State. */
    EVIDENCE_OR_PROCEEDS_IN_REQUESTED_STATE("evidence-or-proceeds-in-requested-state");

    private final String code;

    TransnationalElement(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
