package org.mlasuite.incoming.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;

/**
 * A request received on paper or by e-mail, entered by hand. The document part may be as complete as the officer
 * makes it; the review then reports what is missing.
 */
public record ManualIntake(
        @NotNull(message = "Give the date the request was received (YYYY-MM-DD).")
        @PastOrPresent(message = "The date of receipt cannot be in the future.") LocalDate receivedOn,
        @NotNull(message = "Name the requesting State by its ISO 3166-1 alpha-3 code.")
        @Pattern(regexp = "[A-Z]{3}", message = "The requesting State must be an ISO 3166-1 alpha-3 code in capitals.") String requestingState,
        @NotNull(message = "Name the requested State (your own) by its ISO 3166-1 alpha-3 code.")
        @Pattern(regexp = "[A-Z]{3}", message = "The requested State must be an ISO 3166-1 alpha-3 code in capitals.") String requestedState,
        @NotNull(message = "Say what kind of request this is: mla, extradition, provisional-arrest or confiscation.") RequestType type,
        @Size(max = 200, message = "The reference can have at most 200 characters.") String theirReference,
        @Size(max = 300, message = "The subject can have at most 300 characters.") String subject,
        @Valid RequestDocument document) {
}
