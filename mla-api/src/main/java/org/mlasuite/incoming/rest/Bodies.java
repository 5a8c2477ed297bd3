package org.mlasuite.incoming.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mlasuite.incoming.application.ManualIntake;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;

/** The small JSON bodies of the desk's actions. */
public final class Bodies {

    private Bodies() {
    }

    public record StatusChange(
            @NotNull(message = "Say which status the request moves to, for example under-review.") RegisterStatus to,
            @Size(max = 5000, message = "The note can have at most 5,000 characters.") String note) {
    }

    public record Decision(
            @NotBlank(message = "Name the finding (its id, for example mla.purpose).") String findingId,
            @Size(max = 200, message = "The field can have at most 200 characters.") String field,
            @NotNull(message = "Say whether you accept or override the finding.") ReviewDecision.Verdict verdict,
            @Size(max = 5000, message = "The note can have at most 5,000 characters.") String note) {
    }

    public record Assignment(
            @NotBlank(message = "Name the officer the request is assigned to.")
            @Size(max = 100, message = "The officer's name can have at most 100 characters.") String officer) {
    }

    /** A scan sent with a manual registration, base64. */
    public record Scan(
            @Size(max = 255, message = "The file name can have at most 255 characters.") String name,
            @Size(max = 100, message = "The media type can have at most 100 characters.") String mediaType,
            @NotBlank(message = "The scan's content is missing (base64).") String content) {
    }

    public record ManualRegistration(
            @NotNull(message = "Describe the request received (intake).") @Valid ManualIntake intake,
            @Valid Scan scan) {
    }
}
