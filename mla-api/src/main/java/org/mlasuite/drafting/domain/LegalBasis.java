package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The instruments the request relies on (ids from legal-requirements/instruments), or reciprocity. */
public record LegalBasis(
        @Size(max = 20, message = "At most 20 instruments can be named.")
        List<@Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "An instrument is named by its id, for example untoc.") String> instruments,
        Boolean reciprocity,
        @Size(max = 2000, message = "The note on the legal basis can have at most 2,000 characters.") String note) {

    public LegalBasis {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
    }
}
