package org.mlasuite.incoming.domain;

import java.time.LocalDateTime;

/**
 * The officer's decision on one finding of the completeness review: accepted (the request must be completed) or
 * overridden (not a problem under our practice), always with who, when and why.
 */
public record ReviewDecision(String findingId, String field, Verdict verdict, String note, String by, LocalDateTime at) {

    public enum Verdict implements org.mlasuite.shared.Coded {
        ACCEPTED("accepted"),
        OVERRIDDEN("overridden");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** The key that identifies the finding this decision answers: its id and first field. */
    public String key() {
        return findingId + "|" + (field == null ? "" : field);
    }
}
