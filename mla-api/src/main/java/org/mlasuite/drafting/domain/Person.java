package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person concerned by the request: identity, location and nationality where possible (UNTOC art. 18(15)(e)). */
public record Person(
        @NotNull(message = "Say why this person appears in the request, for example witness or suspect.") PersonRole role,
        @Size(max = 300, message = "A person's name can have at most 300 characters.") String name,
        @Size(max = 300, message = "Other names can have at most 300 characters.") String otherNames,
        @Past(message = "A date of birth must be in the past.") LocalDate dateOfBirth,
        @Size(max = 200, message = "The place of birth can have at most 200 characters.") String placeOfBirth,
        @Size(max = 100, message = "The nationality can have at most 100 characters.") String nationality,
        @Size(max = 200, message = "The identity document can have at most 200 characters.") String identityDocument,
        @Size(max = 500, message = "The location can have at most 500 characters.") String location,
        @Size(max = 2000, message = "The description can have at most 2,000 characters.") String description) {
}
