package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.requirements.domain.Declaration;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.StateCode;

/**
 * Between parties to the European MLA Convention (ETS 030), a State may subject letters rogatory for search or
 * seizure to the conditions of its art. 5 declaration: dual criminality, an extraditable offence, consistency with
 * its law. A request for such measures should show each declared condition is met.
 */
final class SearchAndSeizureConditions extends NamedCheck {

    private static final List<MeasureType> SEARCH_OR_SEIZURE = List.of(MeasureType.SEARCH_AND_SEIZURE,
            MeasureType.FREEZING, MeasureType.RECORDS, MeasureType.ELECTRONIC_EVIDENCE);

    SearchAndSeizureConditions() {
        super("state.search-and-seizure-conditions", Severity.WARNING,
                new org.mlasuite.shared.Citation("ets-030", "art. 5", "European Convention on Mutual Assistance in Criminal Matters (ETS 030)", null));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (request.type() == RequestType.EXTRADITION || request.type() == RequestType.PROVISIONAL_ARREST
                || request.requested().isEmpty() || request.requesting().isEmpty()
                || request.measures().stream().map(Measure::type).noneMatch(SEARCH_OR_SEIZURE::contains)) {
            return List.of();
        }
        StateCode requested = request.requested().get();
        Optional<Declaration> declaration = context.catalog().instrument("ets-030")
                .filter(i -> i.bindsOn(requested, context.today()) && i.bindsOn(request.requesting().get(), context.today()))
                .flatMap(i -> i.declarationsOf(requested).stream().filter(d -> "search-and-seizure".equals(d.subject())).findFirst());
        if (declaration.isEmpty()) {
            return List.of();
        }
        Declaration d = declaration.get();
        Fact asFact = new Fact("search-and-seizure", d.value(), d.note(), d.provenance());
        String conditions = asFact.asStrings().isEmpty() ? String.valueOf(d.note()) : String.join(", ", asFact.asStrings());
        return List.of(finding(context, StateFacts.severity(asFact, severity()), StateFacts.cite(context, asFact),
                StateFacts.key(asFact, id()), List.of("measures", "offences"), context.requestedStateName(), conditions));
    }
}
