package org.mlasuite.incoming.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlasuite.drafting.domain.RequestType;

/** The register's workflow, deadlines and statistics, without a database. */
class RegisterWorkflowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static RegisterEntry entry(String state, RequestType type, LocalDate received) {
        return new RegisterEntry("x", 1, "IN-2026-0001", Direction.INCOMING, IntakeSource.JSON, received, state, "DEU", type,
                null, null, RegisterStatus.RECEIVED, null, null, null, null, FingerprintCheck.NOT_APPLICABLE, List.of(),
                List.of(), null, null, null);
    }

    @Test
    void aRequestGoesThroughReviewAndAdditionalInformationToExecution() {
        RegisterEntry e = entry("FRA", RequestType.MLA, DAY)
                .moveTo(RegisterStatus.UNDER_REVIEW, DAY)
                .moveTo(RegisterStatus.ADDITIONAL_INFORMATION_REQUESTED, DAY.plusDays(3))
                .moveTo(RegisterStatus.UNDER_REVIEW, DAY.plusDays(20))
                .moveTo(RegisterStatus.IN_EXECUTION, DAY.plusDays(21))
                .moveTo(RegisterStatus.EXECUTED, DAY.plusDays(40));
        assertThat(e.closedOn()).isEqualTo(DAY.plusDays(40));
        assertThat(e.handlingDays()).isEqualTo(40);
        RegisterEntry reopened = e.moveTo(RegisterStatus.UNDER_REVIEW, DAY.plusDays(50));
        assertThat(reopened.closedOn()).isNull();
    }

    @Test
    void aReceivedRequestCannotJumpToExecuted() {
        assertThatThrownBy(() -> entry("FRA", RequestType.MLA, DAY).moveTo(RegisterStatus.EXECUTED, DAY))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("received").hasMessageContaining("under-review");
    }

    @Test
    void openDeadlinesInThePastAreOverdueUntilMetOrClosed() {
        RegisterEntry e = entry("FRA", RequestType.PROVISIONAL_ARREST, DAY).withDeadlines(List.of(
                new RegisterDeadline(DeadlineKind.PROVISIONAL_ARREST_EXPIRY, DAY.plusDays(40), null, false),
                new RegisterDeadline(DeadlineKind.REQUESTED, DAY.plusDays(10), null, true)));
        assertThat(e.overdue(DAY.plusDays(39))).isEmpty();
        assertThat(e.overdue(DAY.plusDays(41))).extracting(RegisterDeadline::kind).containsExactly(DeadlineKind.PROVISIONAL_ARREST_EXPIRY);
        RegisterEntry closed = e.moveTo(RegisterStatus.WITHDRAWN, DAY.plusDays(41));
        assertThat(closed.overdue(DAY.plusDays(60))).isEmpty();
    }

    @Test
    void aNewDecisionOnTheSameFindingReplacesTheOld() {
        RegisterEntry e = entry("FRA", RequestType.MLA, DAY)
                .decide(new ReviewDecision("mla.purpose", "purpose", ReviewDecision.Verdict.ACCEPTED, null, "a", null))
                .decide(new ReviewDecision("mla.purpose", "purpose", ReviewDecision.Verdict.OVERRIDDEN, "stated in the annex", "a", null))
                .decide(new ReviewDecision("mla.facts", "facts", ReviewDecision.Verdict.ACCEPTED, null, "a", null));
        assertThat(e.decisions()).extracting(ReviewDecision::findingId, ReviewDecision::verdict).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("mla.purpose", ReviewDecision.Verdict.OVERRIDDEN),
                org.assertj.core.groups.Tuple.tuple("mla.facts", ReviewDecision.Verdict.ACCEPTED));
    }

    @Test
    void statisticsCountByStateTypeAndStatusWithMedianHandlingTimes() {
        List<RegisterEntry> entries = List.of(
                entry("FRA", RequestType.MLA, DAY).moveTo(RegisterStatus.REFUSED, DAY.plusDays(10)),
                entry("FRA", RequestType.MLA, DAY).moveTo(RegisterStatus.UNDER_REVIEW, DAY).moveTo(RegisterStatus.IN_EXECUTION, DAY)
                        .moveTo(RegisterStatus.EXECUTED, DAY.plusDays(30)),
                entry("FRA", RequestType.EXTRADITION, DAY).moveTo(RegisterStatus.WITHDRAWN, DAY.plusDays(90)),
                entry("ITA", RequestType.MLA, DAY));
        Statistics s = Statistics.of(entries);
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.closed()).isEqualTo(3);
        assertThat(s.medianHandlingDays()).isEqualTo(30.0);
        assertThat(s.byState()).first().satisfies(g -> {
            assertThat(g.key()).isEqualTo("FRA");
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.medianHandlingDays()).isEqualTo(30.0);
        });
        assertThat(s.byType()).filteredOn(g -> g.key().equals("mla")).singleElement()
                .satisfies(g -> assertThat(g.medianHandlingDays()).isEqualTo(20.0));
        assertThat(s.byState()).filteredOn(g -> g.key().equals("ITA")).singleElement()
                .satisfies(g -> assertThat(g.medianHandlingDays()).isNull());
    }
}
