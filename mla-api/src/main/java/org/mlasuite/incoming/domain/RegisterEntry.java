package org.mlasuite.incoming.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;

/**
 * A request in the central authority's register.
 *
 * @param registerNumber our reference, e.g. IN-2026-0007
 * @param theirReference the requesting (or, for outgoing requests, our prosecutor's) case reference
 * @param document       the request as read from the PDF or JSON, or as entered by hand; may be partial
 * @param receivedOn     the day it arrived (incoming) or was sent (outgoing)
 * @param closedOn       the day it reached executed, refused or withdrawn; null while open
 */
public record RegisterEntry(String id, long version, String registerNumber, Direction direction, IntakeSource source,
        LocalDate receivedOn, String requestingState, String requestedState, RequestType type, String theirReference,
        String subject, RegisterStatus status, String assignee, RequestDocument document, OriginalFile original,
        String fingerprint, FingerprintCheck fingerprintCheck, List<RegisterDeadline> deadlines,
        List<ReviewDecision> decisions, LocalDate closedOn, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public RegisterEntry {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(status);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Moves to another status if the workflow allows it; closing records the day, reopening clears it. */
    public RegisterEntry moveTo(RegisterStatus to, LocalDate today) {
        if (!status.next().contains(to)) {
            throw new IllegalTransition(status, to);
        }
        LocalDate closed = to.closed() ? today : null;
        return new RegisterEntry(id, version, registerNumber, direction, source, receivedOn, requestingState,
                requestedState, type, theirReference, subject, to, assignee, document, original, fingerprint,
                fingerprintCheck, deadlines, decisions, closed, createdAt, updatedAt);
    }

    public RegisterEntry assignTo(String officer) {
        return new RegisterEntry(id, version, registerNumber, direction, source, receivedOn, requestingState,
                requestedState, type, theirReference, subject, status, officer, document, original, fingerprint,
                fingerprintCheck, deadlines, decisions, closedOn, createdAt, updatedAt);
    }

    public RegisterEntry withDeadlines(List<RegisterDeadline> newDeadlines) {
        return new RegisterEntry(id, version, registerNumber, direction, source, receivedOn, requestingState,
                requestedState, type, theirReference, subject, status, assignee, document, original, fingerprint,
                fingerprintCheck, newDeadlines, decisions, closedOn, createdAt, updatedAt);
    }

    /** Records a decision on a finding, replacing an earlier decision on the same finding. */
    public RegisterEntry decide(ReviewDecision decision) {
        List<ReviewDecision> updated = new ArrayList<>(decisions.stream().filter(d -> !d.key().equals(decision.key())).toList());
        updated.add(decision);
        return new RegisterEntry(id, version, registerNumber, direction, source, receivedOn, requestingState,
                requestedState, type, theirReference, subject, status, assignee, document, original, fingerprint,
                fingerprintCheck, deadlines, updated, closedOn, createdAt, updatedAt);
    }

    /** Open deadlines whose date has passed, while the request itself is still open. */
    public List<RegisterDeadline> overdue(LocalDate today) {
        if (status.closed()) {
            return List.of();
        }
        return deadlines.stream().filter(d -> d.open() && d.date().isBefore(today)).toList();
    }

    /** Days from receipt to closure, or null while open. */
    public Long handlingDays() {
        return closedOn == null || receivedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(receivedOn, closedOn);
    }
}
