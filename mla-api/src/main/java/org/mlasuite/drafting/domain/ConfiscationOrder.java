package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The requesting State's confiscation order, for requests to give effect to it (UNTOC art. 13(1)(b) and 13(3)(b)).
 *
 * @param nonConvictionBased whether it was made without a criminal conviction (civil or in rem forfeiture)
 * @param extent             the extent to which execution is requested
 */
public record ConfiscationOrder(
        @Size(max = 300, message = "The court can have at most 300 characters.") String court,
        @PastOrPresent(message = "An order cannot be dated in the future.") LocalDate date,
        @Size(max = 200, message = "The reference can have at most 200 characters.") String reference,
        Boolean enforceable,
        Boolean nonConvictionBased,
        @DecimalMin(value = "0", message = "The amount cannot be negative.") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "The currency must be an ISO 4217 code such as EUR or USD.") String currency,
        @Size(max = 5000, message = "The extent of execution can be described in at most 5,000 characters.") String extent,
        Boolean annexed) {
}
