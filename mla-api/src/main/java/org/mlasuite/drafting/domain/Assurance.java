package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An undertaking the requesting State gives, in its own words. */
public record Assurance(
        @NotNull(message = "Say which assurance this is, for example death-penalty or speciality.") AssuranceType type,
        @Size(max = 5000, message = "The text of an assurance can have at most 5,000 characters.") String text) {
}
