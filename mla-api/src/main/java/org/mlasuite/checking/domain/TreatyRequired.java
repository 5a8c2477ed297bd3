package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.requirements.domain.Fact;

/**
 * Some States cooperate (or extradite) only under a treaty. Where the requested State's profile says so, the
 * request must cite an instrument binding both States; reciprocity alone will not do.
 */
final class TreatyRequired extends NamedCheck {

    TreatyRequired() {
        super("state.treaty-required", Severity.BLOCKING, Untoc.article("16(4)-(5), 18(7)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Optional<Fact> required = context.requestedStateFact("treaty_required").filter(f -> Boolean.TRUE.equals(f.value()));
        if (required.isEmpty() || !CitedBasis.shared(context).isEmpty()) {
            return List.of();
        }
        Fact fact = required.get();
        return List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                StateFacts.key(fact, id()), List.of("legalBasis.instruments"), context.requestedStateName()));
    }
}
