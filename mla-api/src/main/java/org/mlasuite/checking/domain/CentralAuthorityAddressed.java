package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Transmission;
import org.mlasuite.requirements.domain.Fact;

/**
 * Where the data names the requested State's central authority (UNTOC art. 18(13)), a request without an
 * addressee is pointed to it.
 */
final class CentralAuthorityAddressed extends NamedCheck {

    CentralAuthorityAddressed() {
        super("state.central-authority", Severity.ADVICE, Untoc.article("18(13)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Transmission transmission = context.request().transmission();
        if (transmission != null && !Blank.is(transmission.addressee())) {
            return List.of();
        }
        Optional<Fact> authority = context.requestedStateFact("central_authority");
        return authority.map(fact -> List.of(finding(context, severity(), StateFacts.cite(context, fact), id(),
                List.of("transmission.addressee"), context.requestedStateName(), String.valueOf(fact.value()))))
                .orElse(List.of());
    }
}
