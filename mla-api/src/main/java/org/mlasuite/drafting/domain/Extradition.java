package org.mlasuite.drafting.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The part of a request for extradition or provisional arrest that MLA requests do not have (UNTOC art. 16;
 * UN Model Treaty on Extradition arts. 3-5 and 9).
 *
 * @param evidenceSummary a summary of the evidence, for States that require a prima facie case or probable cause
 */
public record Extradition(
        ExtraditionPurpose purpose,
        @Valid JudicialDecision warrant,
        @Valid JudicialDecision judgment,
        @Valid Sentence sentence,
        @Valid Limitation limitation,
        @Size(max = 20, message = "At most 20 assurances can be given.") List<@Valid Assurance> assurances,
        @Size(max = 50000, message = "The summary of the evidence can have at most 50,000 characters.") String evidenceSummary) {

    public Extradition {
        assurances = assurances == null ? List.of() : List.copyOf(assurances.stream().filter(Objects::nonNull).toList());
    }

    public boolean assures(AssuranceType type) {
        return assurances.stream().anyMatch(a -> a.type() == type && a.text() != null && !a.text().isBlank());
    }

    public boolean forEnforcement() {
        return purpose == ExtraditionPurpose.ENFORCEMENT;
    }
}
