package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;

/** How the requesting State asks that confiscated property be disposed of (UNTOC art. 14(2)-(3)). */
public record Disposal(
        Boolean returnRequested,
        Boolean victimsCompensation,
        Boolean assetSharing,
        @Size(max = 5000, message = "The note on disposal can have at most 5,000 characters.") String note) {
}
