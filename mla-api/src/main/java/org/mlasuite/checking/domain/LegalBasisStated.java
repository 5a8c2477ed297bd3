package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;

/**
 * A request names what it rests on: a treaty, the Convention (arts. 16(4), 18(7)) or an offer of reciprocity.
 * Without it the requested State must guess, and one that needs a treaty will ask.
 */
final class LegalBasisStated extends NamedCheck {

    LegalBasisStated() {
        super("convention.legal-basis", Severity.WARNING, Untoc.article("16(4), 18(7)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (!CitedBasis.instruments(request).isEmpty() || CitedBasis.reciprocity(request)) {
            return List.of();
        }
        boolean extradition = request.type() == RequestType.EXTRADITION || request.type() == RequestType.PROVISIONAL_ARREST;
        return List.of(finding(context, severity(), Untoc.article(extradition ? "16(4)" : "18(7)"), id(),
                List.of("legalBasis.instruments")));
    }
}
