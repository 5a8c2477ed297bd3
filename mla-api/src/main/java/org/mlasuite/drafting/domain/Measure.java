package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One form of assistance sought (UNTOC art. 18(15)(c)-(d)): what to do, where, and any particular procedure the
 * requesting State wishes followed (for example an oath, or the presence of its officials).
 */
public record Measure(
        @NotNull(message = "Say which kind of assistance this measure is, for example taking-evidence.") MeasureType type,
        @Size(max = 10000, message = "The description of the measure can have at most 10,000 characters.") String description,
        @Size(max = 500, message = "The place of execution can have at most 500 characters.") String location,
        @Size(max = 5000, message = "The particular procedure can be described in at most 5,000 characters.") String particularProcedure) {
}
