package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * Whether the requested State can itself seek a confiscation order on request (UNTOC art. 13(1)(a)), from its
 * profile. Where it can, and a confiscation order of either kind is asked, advice explains the route and what its
 * courts will need. Where it cannot and the request asks for a domestic order, a warning (advice if unconfirmed)
 * suggests asking it to give effect to the requesting State's own order (13(1)(b)) instead.
 */
public final class ConfiscationStateDomesticRoute implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    static final String TOPIC = "domestic_order_route";

    @Override
    public String id() {
        return "confiscation.state-domestic-route";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(1)(a)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (!ConfiscationPart.seeksConfiscation(confiscation)) {
            return List.of();
        }
        Optional<Fact> fact = context.requestedStateFact(TOPIC);
        Optional<Boolean> available = fact.flatMap(Fact::asBoolean);
        if (available.isEmpty()) {
            return List.of();
        }
        Citation source = StateFacts.cite(context, fact.get());
        String state = context.requestedStateName();
        if (available.get()) {
            String variant = confiscation.asks(ConfiscationAction.DOMESTIC_ORDER) ? ".domestic" : ".enforce";
            return List.of(finding(context, Severity.ADVICE, source, StateFacts.key(fact.get(), id() + ".available" + variant),
                    List.of("confiscation.actions"), state));
        }
        if (confiscation.asks(ConfiscationAction.DOMESTIC_ORDER)) {
            return List.of(finding(context, StateFacts.severity(fact.get(), Severity.WARNING), source,
                    StateFacts.key(fact.get(), id() + ".unavailable"), List.of("confiscation.actions"), state));
        }
        return List.of();
    }
}
