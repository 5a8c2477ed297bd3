package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The requesting State's limitation period and why prosecution or enforcement is not time-barred. */
public record Limitation(
        @Size(max = 300, message = "The limitation provision can have at most 300 characters.") String provision,
        LocalDate expiresOn,
        @Size(max = 2000, message = "The note on limitation can have at most 2,000 characters.") String note) {
}
