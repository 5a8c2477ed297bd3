package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * UNTOC art. 13(1) leaves each State party the choice, "to the greatest extent possible within its domestic legal
 * system", between obtaining its own order (a) and giving effect to the foreign order (b). When the requested State's
 * profile records that it does not give effect to foreign confiscation orders, a request under 13(1)(b) will fail:
 * blocking if the fact is verified, advice to check if it is unconfirmed.
 */
public final class ConfiscationStateEnforcesOrders implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    static final String TOPIC = "enforces_foreign_orders";

    @Override
    public String id() {
        return "confiscation.state-enforces-orders";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(1)(b)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (!ConfiscationPart.of(context.request()).asks(ConfiscationAction.ENFORCE_ORDER)) {
            return List.of();
        }
        Optional<Fact> fact = context.requestedStateFact(TOPIC);
        if (fact.isEmpty() || fact.get().asBoolean().orElse(true)) {
            return List.of();
        }
        return List.of(finding(context, StateFacts.severity(fact.get(), severity()), StateFacts.cite(context, fact.get()),
                StateFacts.key(fact.get(), id()), List.of("confiscation.actions"), context.requestedStateName()));
    }
}
