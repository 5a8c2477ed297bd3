package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who signs the letter, where and when. */
public record Signatory(
        @Size(max = 200, message = "The signatory's name can have at most 200 characters.") String name,
        @Size(max = 200, message = "The signatory's title can have at most 200 characters.") String title,
        @Size(max = 200, message = "The place of signature can have at most 200 characters.") String place,
        LocalDate date) {
}
