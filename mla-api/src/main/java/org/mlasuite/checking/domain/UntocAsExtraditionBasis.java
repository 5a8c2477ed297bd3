package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.requirements.domain.Declaration;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.Instrument;

/**
 * A State that makes extradition conditional on a treaty says, under UNTOC art. 16(5), whether it takes the
 * Convention as the legal basis. If it does not, an extradition request resting on UNTOC alone will fail.
 */
final class UntocAsExtraditionBasis extends NamedCheck {

    UntocAsExtraditionBasis() {
        super("state.untoc-extradition-basis", Severity.BLOCKING, Untoc.article("16(5)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestType type = context.request().type();
        if (type != RequestType.EXTRADITION && type != RequestType.PROVISIONAL_ARREST) {
            return List.of();
        }
        List<Instrument> shared = CitedBasis.shared(context);
        if (shared.isEmpty() || !shared.stream().allMatch(i -> CitedBasis.UNTOC_FAMILY.contains(i.id()))) {
            return List.of();
        }
        Optional<Fact> refusal = context.requestedStateFact("untoc_as_legal_basis").filter(f -> Boolean.FALSE.equals(f.value()))
                .or(() -> declaredRefusal(context));
        if (refusal.isEmpty()) {
            return List.of();
        }
        Fact fact = refusal.get();
        return List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                StateFacts.key(fact, id()), List.of("legalBasis.instruments"), context.requestedStateName()));
    }

    /** A 16(5) notification recorded as a declaration to UNTOC, read as a fact. */
    private static Optional<Fact> declaredRefusal(CheckContext context) {
        return context.request().requested().flatMap(state -> context.catalog().instrument("untoc").stream()
                .flatMap(i -> i.declarationsOf(state).stream())
                .filter((Declaration d) -> "legal-basis".equals(d.subject()) && Boolean.FALSE.equals(d.value()))
                .findFirst()
                .map(d -> new Fact("untoc_as_legal_basis", false, d.note(), d.provenance())));
    }
}
