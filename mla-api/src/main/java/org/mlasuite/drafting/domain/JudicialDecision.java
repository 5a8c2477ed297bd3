package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A warrant of arrest or a judgment the request rests on (UN Model Treaty on Extradition art. 5(2)(c)-(d)).
 *
 * @param issuedBy   the court or authority that issued it
 * @param reference  its number or reference
 * @param enforceable for a judgment: whether it is final and enforceable
 * @param inAbsentia for a judgment: whether the person was convicted in their absence
 * @param annexed    whether the original or a certified copy is annexed to the request
 */
public record JudicialDecision(
        @Size(max = 300, message = "The issuing court or authority can have at most 300 characters.") String issuedBy,
        @PastOrPresent(message = "A warrant or judgment cannot be dated in the future.") java.time.LocalDate date,
        @Size(max = 200, message = "The reference can have at most 200 characters.") String reference,
        Boolean enforceable,
        Boolean inAbsentia,
        Boolean annexed) {

    public boolean identified() {
        return date != null && issuedBy != null && !issuedBy.isBlank();
    }
}
