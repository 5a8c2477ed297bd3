package org.mlasuite.checking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.ProvisionalArrest;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.shared.Citation;

/**
 * Once the person is arrested, the full request for extradition must reach the requested State before the period
 * after which the person is released: the requested State's own period where its profile records one (topic
 * {@code provisional_arrest_days}), otherwise the Model Treaty's 40 days (art. 9(4)). A warning with the date while
 * it runs; blocking once a verified period has expired. The Model Treaty's figure is a model, not the requested
 * State's law, so its expiry is a warning; an unconfirmed period only advises.
 */
public final class FollowUpDeadline implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    static final int MODEL_DAYS = 40;

    @Override
    public String id() {
        return "provisional-arrest.deadline";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("9(4)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        ProvisionalArrest arrest = context.request().provisionalArrest();
        if (arrest == null || arrest.arrestedOn() == null) {
            return List.of();
        }
        Optional<Fact> fact = context.requestedStateFact("provisional_arrest_days")
                .filter(f -> ExtraditionParts.number(f).isPresent());
        int days = fact.flatMap(ExtraditionParts::number).orElse(MODEL_DAYS);
        LocalDate deadline = arrest.arrestedOn().plusDays(days);
        boolean past = context.today().isAfter(deadline);
        String when = past ? ".past" : ".due";
        Object[] args = {context.requestedStateName(), days, ExtraditionParts.date(arrest.arrestedOn(), context.locale()),
                ExtraditionParts.date(deadline, context.locale())};
        List<String> fields = List.of("provisionalArrest.arrestedOn");
        if (fact.isEmpty()) {
            return List.of(finding(context, Severity.WARNING, citation(), id() + ".model" + when, fields, args));
        }
        Severity intended = past ? Severity.BLOCKING : Severity.WARNING;
        Severity severity = fact.get().status() == FactStatus.VERIFIED ? intended : Severity.ADVICE;
        return List.of(finding(context, severity, StateFacts.cite(context, fact.get()), StateFacts.key(fact.get(), id() + when), fields, args));
    }
}
