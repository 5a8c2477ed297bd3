package org.mlasuite.drafting.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** An offence the request concerns: how the requesting State's law defines and punishes it. */
public record Offence(
        @Size(max = 300, message = "The offence's name can have at most 300 characters.") String name,
        @Size(max = 300, message = "The legal provision can have at most 300 characters.") String legalProvision,
        @Size(max = 20000, message = "The text of the provision can have at most 20,000 characters.") String provisionText,
        @Valid Penalty maximumPenalty) {
}
