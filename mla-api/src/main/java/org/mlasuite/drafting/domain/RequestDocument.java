package org.mlasuite.drafting.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlasuite.shared.StateCode;

/**
 * A request for international cooperation, version 2 of the interchange format: what the browser edits, the API
 * stores, the checker reads and every PDF embeds. Its JSON Schema is {@code /api/schema/request}.
 *
 * <p>The parts follow UNTOC art. 18(15): the requesting authority (a); the authority conducting the proceedings
 * and their subject matter and nature (b); a summary of the facts (c); the assistance sought and any particular
 * procedure (d); the persons concerned (e); the purpose (f); and 18(14), the language. Structural rules
 * (codes, lengths) are validated here; a draft may still be incomplete, and the checker says what is missing.
 */
public record RequestDocument(
        @NotNull(message = "schemaVersion is required; this server reads versions 1 and 2 and stores version 2.")
        @Min(value = 1, message = "This server reads request documents of schema versions 1 and 2.")
        @Max(value = CURRENT_SCHEMA_VERSION, message = "This server reads request documents of schema versions 1 and 2.")
        Integer schemaVersion,
        @NotNull(message = "Say what kind of request this is: mla, extradition, provisional-arrest or confiscation.")
        RequestType type,
        @Size(max = 200, message = "The title can have at most 200 characters.") String title,
        @NotNull(message = "Name the requesting State by its ISO 3166-1 alpha-3 code, for example FRA.")
        @Pattern(regexp = "[A-Z]{3}", message = "The requesting State must be an ISO 3166-1 alpha-3 code in capitals, for example FRA.")
        String requestingState,
        @NotNull(message = "Name the requested State by its ISO 3166-1 alpha-3 code, for example DEU.")
        @Pattern(regexp = "[A-Z]{3}", message = "The requested State must be an ISO 3166-1 alpha-3 code in capitals, for example DEU.")
        String requestedState,
        @Valid Authority requestingAuthority,
        @Valid Authority conductingAuthority,
        @Valid Proceedings proceedings,
        @Size(max = 100000, message = "The summary of facts can have at most 100,000 characters.") String facts,
        @Size(max = 100, message = "A request can list at most 100 offences.") List<@Valid Offence> offences,
        @Size(max = 100, message = "A request can list at most 100 measures.") List<@Valid Measure> measures,
        @Size(max = 500, message = "A request can list at most 500 persons.") List<@Valid Person> persons,
        @Size(max = 5000, message = "The purpose can have at most 5,000 characters.") String purpose,
        @Valid Urgency urgency,
        @Valid Confidentiality confidentiality,
        @Valid LegalBasis legalBasis,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "The language must be a language tag such as en, fr or es.")
        String language,
        @Valid Signatory signatory,
        @Valid Transmission transmission,
        @Valid ConventionScope scope,
        @Valid FurtherUse furtherUse,
        @Valid Extradition extradition,
        @Valid ProvisionalArrest provisionalArrest,
        @Valid Confiscation confiscation,
        @Size(max = 200, message = "A request can list at most 200 annexes.") List<@Valid Annex> annexes) {

    public static final int CURRENT_SCHEMA_VERSION = 2;

    /**
     * Version 2 adds the parts for extradition, provisional arrest and confiscation, the channel, the Convention's
     * scope, further use and annexes; everything version 1 had keeps its meaning, so a version 1 document is read
     * as version 2 with those parts empty.
     */
    public RequestDocument {
        if (schemaVersion != null && schemaVersion == 1) {
            schemaVersion = CURRENT_SCHEMA_VERSION;
        }
        annexes = annexes == null ? List.of() : List.copyOf(annexes.stream().filter(Objects::nonNull).toList());
        offences = offences == null ? List.of() : List.copyOf(offences.stream().filter(Objects::nonNull).toList());
        measures = measures == null ? List.of() : List.copyOf(measures.stream().filter(Objects::nonNull).toList());
        persons = persons == null ? List.of() : List.copyOf(persons.stream().filter(Objects::nonNull).toList());
    }

    /** The persons sought, for extradition and provisional arrest. */
    public List<Person> personsSought() {
        return persons.stream().filter(p -> p.role() == PersonRole.PERSON_SOUGHT).toList();
    }

    public Optional<StateCode> requested() {
        return code(requestedState);
    }

    public Optional<StateCode> requesting() {
        return code(requestingState);
    }

    /** The output language, English when none is chosen. */
    public String languageOrDefault() {
        return language == null || language.isBlank() ? "en" : language;
    }

    public boolean urgent() {
        return urgency != null && urgency.declared();
    }

    public boolean confidential() {
        return confidentiality != null && confidentiality.requested();
    }

    private static Optional<StateCode> code(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new StateCode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
