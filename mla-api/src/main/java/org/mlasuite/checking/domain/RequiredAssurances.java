package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.AssuranceType;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.shared.Citation;

/**
 * The assurances the requested State requires or may require (topic {@code assurances}; UNTOC art. 16(7) leaves
 * the conditions of extradition to its law and treaties): each one the request does not give is a warning on a
 * verified fact and advice on an unconfirmed one. The death-penalty and retrial assurances have their own checks;
 * an assurance on life imprisonment is asked for only when an offence or the sentence carries life.
 */
public final class RequiredAssurances implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.assurances";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("16(7)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Optional<Fact> fact = context.requestedStateFact("assurances");
        if (fact.isEmpty()) {
            return List.of();
        }
        RequestDocument request = context.request();
        Extradition extradition = request.extradition();
        List<Finding> findings = new ArrayList<>();
        for (String code : fact.get().asStrings()) {
            Optional<AssuranceType> type = Arrays.stream(AssuranceType.values()).filter(t -> t.code().equals(code)).findFirst();
            if (type.isEmpty() || !relevant(type.get(), request) || extradition != null && extradition.assures(type.get())) {
                continue;
            }
            findings.add(finding(context, StateFacts.severity(fact.get(), severity()), StateFacts.cite(context, fact.get()),
                    StateFacts.key(fact.get(), id()), List.of("extradition.assurances"), context.requestedStateName(),
                    Messages.text(context.locale(), "extradition.assurance-type." + code)));
        }
        return findings;
    }

    private static boolean relevant(AssuranceType type, RequestDocument request) {
        return switch (type) {
            case DEATH_PENALTY, RETRIAL_AFTER_ABSENTIA, OTHER -> false;
            case LIFE_IMPRISONMENT -> request.offences().stream()
                    .anyMatch(o -> o.maximumPenalty() != null && Boolean.TRUE.equals(o.maximumPenalty().lifeImprisonment()))
                    || request.extradition() != null && request.extradition().sentence() != null
                            && Boolean.TRUE.equals(request.extradition().sentence().life());
            default -> true;
        };
    }
}
