package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The sentence imposed and how much of it remains to be served (Model Treaty on Extradition art. 5(2)(d)). */
public record Sentence(
        @Min(value = 0, message = "The sentence imposed cannot be negative.") @Max(value = 2400, message = "Give the sentence in months, at most 2,400; use life for life imprisonment.") Integer imposedMonths,
        @Min(value = 0, message = "The time remaining cannot be negative.") @Max(value = 2400, message = "Give the time remaining in months, at most 2,400.") Integer remainingMonths,
        Boolean life,
        @Size(max = 1000, message = "The note on the sentence can have at most 1,000 characters.") String note) {

    /** Months left to serve; life counts as more than any threshold. */
    public Integer effectiveRemainingMonths() {
        return Boolean.TRUE.equals(life) ? Integer.valueOf(Integer.MAX_VALUE) : remainingMonths;
    }
}
