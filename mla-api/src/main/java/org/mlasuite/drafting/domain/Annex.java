package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document sent with the request: a warrant, a judgment, the text of the law, photographs, an order. */
public record Annex(
        @NotBlank(message = "Give each annex a title, for example \u201cCertified copy of the arrest warrant\u201d.")
        @Size(max = 300, message = "An annex title can have at most 300 characters.") String title,
        @Size(max = 2000, message = "An annex description can have at most 2,000 characters.") String description) {
}
