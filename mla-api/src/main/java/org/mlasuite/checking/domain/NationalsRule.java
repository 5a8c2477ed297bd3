package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlasuite.checking.domain.ExtraditionParts.Sought;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * A person sought who holds the requested State's nationality. Where that State does not extradite its nationals
 * (a verified {@code nationals} fact), the request as drafted will be refused: blocking, citing the fact's source.
 * Where it extradites them only on conditions or at its discretion, a warning. Unconfirmed facts only advise, and
 * where nothing is recorded the practitioner is advised to ask, since refusing nationals is an optional ground in
 * the Model Treaty (art. 4(a)). The fix explains the alternatives the Convention offers: submission of the case
 * for prosecution (UNTOC art. 16(10)), conditional surrender (16(11)) and enforcement of the sentence (16(12)).
 */
public final class NationalsRule implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.nationals";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("16(10)-(12)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        String state = context.request().requestedState();
        List<Sought> nationals = ExtraditionParts.sought(context.request()).stream()
                .filter(s -> state != null && s.person().hasNationality(state)).toList();
        if (nationals.isEmpty()) {
            return List.of();
        }
        Optional<Fact> fact = context.requestedStateFact("nationals");
        List<Finding> findings = new ArrayList<>();
        for (Sought s : nationals) {
            List<String> fields = List.of(s.at() + ".nationalities");
            if (fact.isEmpty()) {
                findings.add(finding(context, Severity.ADVICE, citation(), id() + ".unknown", fields, s.label(), context.requestedStateName()));
                continue;
            }
            String rule = String.valueOf(fact.get().value());
            Severity intended = switch (rule) {
                case "not-extradited" -> Severity.BLOCKING;
                case "conditional", "discretionary" -> Severity.WARNING;
                default -> null;
            };
            if (intended == null) {
                continue;
            }
            String base = id() + ("not-extradited".equals(rule) ? ".not-extradited" : ".conditional");
            findings.add(finding(context, StateFacts.severity(fact.get(), intended), StateFacts.cite(context, fact.get()),
                    StateFacts.key(fact.get(), base), fields, s.label(), context.requestedStateName()));
        }
        return findings;
    }
}
