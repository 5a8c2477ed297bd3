package org.mlasuite.incoming.rest;

import java.time.LocalDate;
import java.util.List;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.incoming.domain.RegisterDeadline;
import org.mlasuite.incoming.domain.RegisterEntry;
import org.mlasuite.incoming.domain.RegisterStatus;
import org.mlasuite.incoming.domain.ReviewDecision;

/** A registered request as the API shows it, with the statuses it may move to and its overdue deadlines. */
public record RegisterView(String id, long version, String registerNumber, String direction, String source,
        LocalDate receivedOn, String requestingState, String requestedState, String type, String theirReference,
        String subject, String status, List<String> nextStatuses, String assignee, String fingerprint,
        String fingerprintCheck, OriginalView original, List<RegisterDeadline> deadlines, List<RegisterDeadline> overdue,
        List<ReviewDecision> decisions, LocalDate closedOn, Long handlingDays, RequestDocument document) {

    /** The original file's description (its content is at /original). */
    public record OriginalView(String name, String mediaType, String sha256, long size) {
    }

    static RegisterView of(RegisterEntry e, LocalDate today) {
        return new RegisterView(e.id(), e.version(), e.registerNumber(), e.direction().code(), e.source().code(),
                e.receivedOn(), e.requestingState(), e.requestedState(), e.type() == null ? null : e.type().code(),
                e.theirReference(), e.subject(), e.status().code(), e.status().next().stream().map(RegisterStatus::code).toList(),
                e.assignee(), e.fingerprint(), e.fingerprintCheck().code(),
                e.original() == null ? null : new OriginalView(e.original().name(), e.original().mediaType(), e.original().sha256(), e.original().size()),
                e.deadlines(), e.overdue(today), e.decisions(), e.closedOn(), e.handlingDays(), e.document());
    }
}
