package org.mlasuite.audit.domain;

import java.util.Objects;

/**
 * One thing to record.
 *
 * @param actor         the username who acted, or the username tried in a failed login
 * @param action        what happened, such as {@code request.create} or {@code login.failed}
 * @param contentSha256 the SHA-256 (hex) of the request JSON concerned, where there is one
 */
public record AuditEntry(String actor, String action, String objectType, String objectId, String contentSha256,
        Outcome outcome, String detail) {

    public static final int MAX_DETAIL = 500;
    public static final int MAX_ACTOR = 64;

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(outcome);
        // a failed login records the name that was tried: cut it so that no one can flood the trail
        actor = cut(actor == null || actor.isBlank() ? "anonymous" : actor, MAX_ACTOR);
        detail = detail == null ? null : cut(detail, MAX_DETAIL);
    }

    public static AuditEntry about(String actor, String action, String objectType, String objectId, Outcome outcome) {
        return new AuditEntry(actor, action, objectType, objectId, null, outcome, null);
    }

    public AuditEntry withContent(String sha256) {
        return new AuditEntry(actor, action, objectType, objectId, sha256, outcome, detail);
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(actor, action, objectType, objectId, contentSha256, outcome, text);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
