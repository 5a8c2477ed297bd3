package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.time.LocalDate;

/** A person concerned by the request: identity, location and nationality where possible (UNTOC art. 18(15)(e)). */
public record Person(
        @NotNull(message = "Say why this person appears in the request, for example witness or suspect.") PersonRole role,
        @Size(max = 300, message = "A person's name can have at most 300 characters.") String name,
        @Size(max = 300, message = "Other names can have at most 300 characters.") String otherNames,
        @Past(message = "A date of birth must be in the past.") LocalDate dateOfBirth,
        @Size(max = 200, message = "The place of birth can have at most 200 characters.") String placeOfBirth,
        @Size(max = 100, message = "The nationality can have at most 100 characters.") String nationality,
        @Size(max = 5, message = "List at most five nationalities.")
        List<@Pattern(regexp = "[A-Z]{3}", message = "A nationality is an ISO 3166-1 alpha-3 code in capitals, for example DEU.") String> nationalities,
        @Size(max = 200, message = "The identity document can have at most 200 characters.") String identityDocument,
        @Size(max = 500, message = "The location can have at most 500 characters.") String location,
        @Size(max = 2000, message = "The description can have at most 2,000 characters.") String description) {

    /**
     * Version 1 had only the free-text {@code nationality}; where it holds a bare alpha-3 code it becomes the
     * coded {@code nationalities}, which the checks on nationals read.
     */
    public Person {
        List<String> coded = nationalities == null ? List.of() : nationalities.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (coded.isEmpty() && nationality != null && nationality.trim().matches("[A-Z]{3}")) {
            coded = List.of(nationality.trim());
        }
        nationalities = List.copyOf(coded);
    }

    public boolean hasNationality(String stateCode) {
        return nationalities.contains(stateCode);
    }
}
