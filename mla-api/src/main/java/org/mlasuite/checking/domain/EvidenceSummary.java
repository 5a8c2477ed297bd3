package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Map;
import org.mlasuite.shared.Citation;

/**
 * Where the requested State examines the evidence of guilt (topic {@code evidentiary_standard}: a prima facie
 * case, probable cause or reasonable grounds), the request needs a summary of the evidence: blocking on a verified
 * fact. A State that relies on a record of the case also needs a summary of the evidence, in the form it
 * prescribes: a warning. Unconfirmed facts only advise. The Convention asks States to simplify these
 * requirements (UNTOC art. 16(8)) but does not remove them.
 */
public final class EvidenceSummary implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    private static final Map<String, Severity> STANDARDS = Map.of(
            "prima-facie-case", Severity.BLOCKING,
            "probable-cause", Severity.BLOCKING,
            "reasonable-grounds", Severity.BLOCKING,
            "record-of-the-case", Severity.WARNING);

    @Override
    public String id() {
        return "extradition.evidence";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("16(8)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        var extradition = context.request().extradition();
        if (extradition != null && !Blank.is(extradition.evidenceSummary())) {
            return List.of();
        }
        // the evidentiary standards test the case against an accused; a person convicted by a final judgment is
        // sought on the judgment itself (the extradition.judgment check asks for it)
        if (extradition != null && extradition.forEnforcement()) {
            return List.of();
        }
        return context.requestedStateFact("evidentiary_standard")
                .filter(fact -> STANDARDS.containsKey(String.valueOf(fact.value())))
                .map(fact -> {
                    String standard = String.valueOf(fact.value());
                    return List.of(finding(context, StateFacts.severity(fact, STANDARDS.get(standard)), StateFacts.cite(context, fact),
                            StateFacts.key(fact, id()), List.of("extradition.evidenceSummary"), context.requestedStateName(),
                            Messages.text(context.locale(), "extradition.standard." + standard)));
                })
                .orElse(List.of());
    }
}
