package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A piece of property the request concerns: UNTOC art. 13(3)(a) asks for its description, location and, where
 * relevant, its estimated value.
 */
public record Asset(
        @NotNull(message = "Say what kind of property this is, for example bank-account or real-estate.") AssetKind kind,
        @Size(max = 5000, message = "The description of the property can have at most 5,000 characters.") String description,
        @Size(max = 500, message = "The location of the property can have at most 500 characters.") String location,
        @Size(max = 300, message = "The holder's name can have at most 300 characters.") String holder,
        @DecimalMin(value = "0", message = "The estimated value cannot be negative.") BigDecimal estimatedValue,
        @Pattern(regexp = "[A-Z]{3}", message = "The currency must be an ISO 4217 code such as EUR or USD.") String currency) {
}
