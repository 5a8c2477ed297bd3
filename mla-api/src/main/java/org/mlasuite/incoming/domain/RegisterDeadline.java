package org.mlasuite.incoming.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A time limit on a registered request; met once the request is closed or the officer marks it met. */
public record RegisterDeadline(
        @NotNull(message = "Say which kind of deadline this is, for example requested or provisional-arrest-expiry.") DeadlineKind kind,
        @NotNull(message = "A deadline needs a date (YYYY-MM-DD).") LocalDate date,
        @Size(max = 1000, message = "The note on a deadline can have at most 1,000 characters.") String note,
        Boolean met) {

    public boolean open() {
        return !Boolean.TRUE.equals(met);
    }
}
