package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;

/**
 * Whether the requesting State asks consent to use what it receives in other proceedings (UNTOC art. 18(19)).
 */
public record FurtherUse(
        Boolean requested,
        @Size(max = 5000, message = "The other proceedings can be described in at most 5,000 characters.") String proceedings) {

    public boolean asked() {
        return Boolean.TRUE.equals(requested);
    }
}
