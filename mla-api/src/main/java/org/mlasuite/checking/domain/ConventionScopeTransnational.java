package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * UNTOC applies to offences transnational in nature (art. 3(2)); for MLA it is enough that victims, witnesses,
 * proceeds or evidence are in the requested State (art. 18(1)). A request relying on UNTOC should say which.
 */
final class ConventionScopeTransnational extends NamedCheck {

    ConventionScopeTransnational() {
        super("convention.transnational", Severity.WARNING, Untoc.article("3(2), 18(1)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (!CitedBasis.citesUntoc(request)) {
            return List.of();
        }
        boolean stated = request.scope() != null && !request.scope().transnational().isEmpty();
        return stated ? List.of() : List.of(finding(context, List.of("scope.transnational")));
    }
}
