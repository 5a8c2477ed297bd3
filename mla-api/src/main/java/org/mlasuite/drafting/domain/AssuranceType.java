package org.mlasuite.drafting.domain;

import org.mlasuite.shared.Coded;

/** Undertakings a requested State may require before surrendering a person; the codes match the data's assurances. */
public enum AssuranceType implements Coded {
    DEATH_PENALTY("death-penalty"),
    LIFE_IMPRISONMENT("life-imprisonment"),
    SPECIALITY("speciality"),
    RE_EXTRADITION("re-extradition"),
    FAIR_TRIAL("fair-trial"),
    TORTURE("torture"),
    RETRIAL_AFTER_ABSENTIA("retrial-after-absentia"),
    NO_SPECIAL_COURT("no-special-court"),
    OTHER("other");

    private final String code;

    AssuranceType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
