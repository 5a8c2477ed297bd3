package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Size;

/** The channel the request is sent through and the authority it is addressed to. */
public record Transmission(
        Channel channel,
        @Size(max = 500, message = "The addressee can have at most 500 characters.") String addressee) {
}
