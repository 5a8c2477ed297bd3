package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a request for provisional arrest adds (UN Model Treaty on Extradition art. 9): the undertaking that a
 * full request will follow and, once the person is arrested, the date that starts the time limit.
 */
public record ProvisionalArrest(
        Boolean undertakingToRequestExtradition,
        LocalDate arrestedOn,
        @Size(max = 2000, message = "The note can have at most 2,000 characters.") String note) {

    public boolean undertakes() {
        return Boolean.TRUE.equals(undertakingToRequestExtradition);
    }
}
