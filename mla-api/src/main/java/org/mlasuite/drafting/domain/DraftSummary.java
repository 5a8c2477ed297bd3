package org.mlasuite.drafting.domain;

import java.time.LocalDateTime;

/** One line of a list of drafts. */
public record DraftSummary(String id, long version, RequestType type, String title, String requestingState,
        String requestedState, LocalDateTime updated) {
}
