package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;

/** A request that the requested State keep the request and its substance confidential (UNTOC art. 18(20)). */
public record Confidentiality(
        Boolean required,
        @Size(max = 2000, message = "The reason for confidentiality can have at most 2,000 characters.") String reason) {

    public boolean requested() {
        return Boolean.TRUE.equals(required);
    }
}
