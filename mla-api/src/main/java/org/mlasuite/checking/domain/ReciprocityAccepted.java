package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Fact;

/**
 * A request resting on reciprocity alone (no instrument binding both States cited) needs a requested State that
 * cooperates on that basis.
 */
final class ReciprocityAccepted extends NamedCheck {

    ReciprocityAccepted() {
        super("state.reciprocity", Severity.BLOCKING, Untoc.article("18(7)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (!CitedBasis.reciprocity(request) || !CitedBasis.shared(context).isEmpty()) {
            return List.of();
        }
        Optional<Fact> refused = context.requestedStateFact("reciprocity").filter(f -> Boolean.FALSE.equals(f.value()));
        if (refused.isEmpty()) {
            return List.of();
        }
        Fact fact = refused.get();
        return List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                StateFacts.key(fact, id()), List.of("legalBasis.reciprocity"), context.requestedStateName()));
    }
}
