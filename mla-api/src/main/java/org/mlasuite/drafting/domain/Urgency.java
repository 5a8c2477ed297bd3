package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Whether the request is urgent, why, and by when the requesting State needs execution. */
public record Urgency(
        Boolean urgent,
        @Size(max = 2000, message = "The reason for urgency can have at most 2,000 characters.") String reason,
        LocalDate deadline) {

    public boolean declared() {
        return Boolean.TRUE.equals(urgent);
    }
}
