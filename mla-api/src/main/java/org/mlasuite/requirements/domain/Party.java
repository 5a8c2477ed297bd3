package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import org.mlasuite.shared.StateCode;

/** A State's consent to be bound by an instrument. {@code date} is the deposit of the instrument of consent. */
public record Party(StateCode state, LocalDate date, LocalDate inForce, String consentType, String note,
        Provenance provenance) {

    /** Whether the State is bound on the given day, as far as the data says (a party without a date counts as bound). */
    public boolean boundOn(LocalDate day) {
        LocalDate from = inForce != null ? inForce : date;
        return from == null || !from.isAfter(day);
    }
}
