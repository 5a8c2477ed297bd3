package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The maximum penalty the law provides for an offence. Years decide whether the offence is a serious crime
 * under UNTOC art. 2(b) (at least four years) and whether a State's penalty threshold is met.
 */
public record Penalty(
        @Min(value = 0, message = "The maximum penalty cannot be negative.") @Max(value = 200, message = "The maximum penalty in years must be at most 200; use lifeImprisonment for life.") Integer years,
        Boolean lifeImprisonment,
        Boolean deathPenalty,
        @Size(max = 500, message = "The penalty description can have at most 500 characters.") String description) {

    /** Years for the thresholds; life counts as more than any threshold. */
    public int effectiveYears() {
        if (Boolean.TRUE.equals(lifeImprisonment)) {
            return Integer.MAX_VALUE;
        }
        return years == null ? 0 : years;
    }

    public boolean stated() {
        return years != null || Boolean.TRUE.equals(lifeImprisonment);
    }
}
