package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.ConventionScope;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * UNTOC applies where the offence involves an organized criminal group (arts. 2(a), 3(1)); for MLA, reasonable
 * grounds to suspect it suffice (art. 18(1)). Saying "no" takes the request outside the Convention; saying
 * nothing invites a question back.
 */
final class ConventionScopeOrganizedGroup extends NamedCheck {

    ConventionScopeOrganizedGroup() {
        super("convention.organized-group", Severity.BLOCKING, Untoc.article("2(a), 3(1)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (!CitedBasis.citesUntoc(request)) {
            return List.of();
        }
        ConventionScope scope = request.scope();
        Boolean group = scope == null ? null : scope.organizedCriminalGroup();
        if (Boolean.FALSE.equals(group)) {
            return List.of(finding(context, List.of("scope.organizedCriminalGroup")));
        }
        if (group == null) {
            return List.of(finding(context, Severity.WARNING, citation(), id() + ".unstated", List.of("scope.organizedCriminalGroup")));
        }
        return List.of();
    }
}
