package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.ConfiscationOrder;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * The Convention provides for confiscation "of proceeds of crime derived from offences covered by this Convention"
 * (UNTOC art. 12(1)) and for giving effect to a foreign order (13(1)(b)) within the requested State's domestic legal
 * system (13(1), 12(9)); it does not oblige a State to recognise confiscation without a conviction. When the order
 * was made without a conviction and the requested State's profile records that it cannot act on such orders: blocking
 * if the fact is verified, advice to check if it is unconfirmed.
 */
public final class ConfiscationStateNonConviction implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    static final String TOPIC = "non_conviction_based";

    @Override
    public String id() {
        return "confiscation.state-non-conviction-based";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("12(9), 13(1)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        ConfiscationOrder order = ConfiscationPart.of(context.request()).order();
        if (order == null || !ConfiscationPart.yes(order.nonConvictionBased())) {
            return List.of();
        }
        Optional<Fact> fact = context.requestedStateFact(TOPIC);
        if (fact.isEmpty() || fact.get().asBoolean().orElse(true)) {
            return List.of();
        }
        return List.of(finding(context, StateFacts.severity(fact.get(), severity()), StateFacts.cite(context, fact.get()),
                StateFacts.key(fact.get(), id()), List.of("confiscation.order.nonConvictionBased"), context.requestedStateName()));
    }
}
