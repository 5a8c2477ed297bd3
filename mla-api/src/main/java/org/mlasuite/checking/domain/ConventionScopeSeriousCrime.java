package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.ConventionScope;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.RequestDocument;

/**
 * UNTOC is a legal basis only for the offences it covers (art. 3(1)): serious crime, punishable by a maximum of at
 * least four years (art. 2(b)), or an offence the Convention or a Protocol establishes. A request that relies on
 * UNTOC for a lesser offence is outside its scope.
 */
final class ConventionScopeSeriousCrime extends NamedCheck {

    ConventionScopeSeriousCrime() {
        super("convention.serious-crime", Severity.BLOCKING, Untoc.article("2(b), 3(1)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (!CitedBasis.citesUntoc(request) || CitedBasis.citesProtocol(request)) {
            return List.of();
        }
        ConventionScope scope = request.scope();
        if (scope != null && Boolean.TRUE.equals(scope.conventionOffence())) {
            return List.of();
        }
        List<Offence> stated = request.offences().stream()
                .filter(o -> o.maximumPenalty() != null && o.maximumPenalty().stated()).toList();
        if (stated.isEmpty() || stated.stream().anyMatch(o -> o.maximumPenalty().effectiveYears() >= 4)) {
            return List.of();
        }
        return List.of(finding(context, List.of("offences[0].maximumPenalty.years", "scope.conventionOffence")));
    }
}
