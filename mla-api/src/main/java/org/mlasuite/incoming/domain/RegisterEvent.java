package org.mlasuite.incoming.domain;

import java.time.LocalDateTime;

/** One line of a registered request's history. */
public record RegisterEvent(LocalDateTime at, String actor, String action, RegisterStatus from, RegisterStatus to,
        String note) {
}
