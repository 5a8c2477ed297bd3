package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * The requested State's own rule on lapse of time, where its profile records one (topic {@code limitation}): the
 * request must then show that neither prosecution nor penalty is time-barred. A warning on a verified fact, advice
 * on an unconfirmed one.
 */
public final class LimitationRule implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.limitation-rule";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("3(e)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        var request = context.request();
        if (LimitationStated.stated(request.extradition() == null ? null : request.extradition().limitation())) {
            return List.of();
        }
        return context.requestedStateFact("limitation")
                .map(fact -> List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                        StateFacts.key(fact, id()), List.of("extradition.limitation"), context.requestedStateName())))
                .orElse(List.of());
    }
}
