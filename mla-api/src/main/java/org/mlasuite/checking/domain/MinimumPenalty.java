package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * The requested State's penalty threshold for extradition for prosecution (topic {@code min_penalty_months};
 * UNTOC art. 16(7) leaves it to domestic law and treaties; Model Treaty art. 2(1)). If no offence reaches it,
 * extradition will be refused: blocking on a verified fact. If some offences reach it, the others can still be
 * granted as accessory offences (Model Treaty art. 2(4)): a warning. Unconfirmed facts only advise.
 */
public final class MinimumPenalty implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.min-penalty";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("16(7)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ExtraditionParts.purpose(context.request()).orElse(null) == ExtraditionPurpose.ENFORCEMENT) {
            return List.of();
        }
        var fact = context.requestedStateFact("min_penalty_months");
        var threshold = fact.flatMap(ExtraditionParts::number);
        if (threshold.isEmpty()) {
            return List.of();
        }
        int months = threshold.get();
        List<Offence> offences = context.request().offences();
        List<Integer> below = new ArrayList<>();
        boolean oneQualifies = false;
        for (int i = 0; i < offences.size(); i++) {
            var penalty = offences.get(i).maximumPenalty();
            if (penalty == null || !penalty.stated()) {
                continue;
            }
            if ((long) penalty.effectiveYears() * 12 >= months) {
                oneQualifies = true;
            } else {
                below.add(i);
            }
        }
        Fact rule = fact.get();
        Severity intended = oneQualifies ? Severity.WARNING : Severity.BLOCKING;
        String base = oneQualifies ? id() + ".accessory" : id();
        List<Finding> findings = new ArrayList<>();
        for (int i : below) {
            Offence offence = offences.get(i);
            String name = Blank.is(offence.name()) ? "#" + (i + 1) : offence.name();
            findings.add(finding(context, StateFacts.severity(rule, intended), StateFacts.cite(context, rule), StateFacts.key(rule, base),
                    List.of("offences[" + i + "].maximumPenalty"), name, offence.maximumPenalty().years(),
                    context.requestedStateName(), months));
        }
        return findings;
    }
}
