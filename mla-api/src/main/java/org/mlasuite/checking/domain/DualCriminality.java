package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.requirements.domain.Fact;

/**
 * Where the requested State requires dual criminality (for MLA it may refuse without it, UNTOC art. 18(9); for
 * extradition it is the rule, art. 16(1)), the requested State compares the conduct, not the name of the offence:
 * the request must describe the conduct and the provision that punishes it.
 */
final class DualCriminality extends NamedCheck {

    DualCriminality() {
        super("state.dual-criminality", Severity.WARNING, Untoc.article("16(1), 18(9)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        Optional<Fact> rule = context.requestedStateFact("dual_criminality").filter(f -> applies(f, request));
        if (rule.isEmpty()) {
            return List.of();
        }
        Fact fact = rule.get();
        boolean described = !Blank.is(request.facts()) && !request.offences().isEmpty()
                && request.offences().stream().allMatch(o -> !Blank.is(o.provisionText()));
        if (described) {
            return List.of(finding(context, Severity.ADVICE, StateFacts.cite(context, fact), StateFacts.key(fact, id() + ".reminder"),
                    List.of("facts"), context.requestedStateName()));
        }
        return List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                StateFacts.key(fact, id()), List.of("facts", "offences"), context.requestedStateName()));
    }

    /** Whether the State's rule reaches this request: always for extradition, for MLA only coercive measures if it says so. */
    private static boolean applies(Fact fact, RequestDocument request) {
        Object value = fact.value();
        boolean required = Boolean.TRUE.equals(value) || "required".equals(value);
        boolean coerciveOnly = "coercive-measures-only".equals(value);
        if (!required && !coerciveOnly) {
            return false;
        }
        if (request.type() != RequestType.MLA || required) {
            return true;
        }
        return request.measures().stream().map(Measure::type).anyMatch(t -> t != null && t.coercive());
    }
}
