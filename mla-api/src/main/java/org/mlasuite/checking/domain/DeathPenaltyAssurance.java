package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.AssuranceType;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;

/**
 * An offence punishable by death: the requested State may refuse unless the requesting State assures it that the
 * death penalty will not be imposed or, if imposed, not carried out (UN Model Treaty on Extradition art. 4(d)).
 * A warning in general; blocking where a verified fact of the requested State's profile lists the death-penalty
 * assurance among those it requires, citing that fact's source.
 */
public final class DeathPenaltyAssurance implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.death-penalty";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public org.mlasuite.shared.Citation citation() {
        return ModelTreaties.extradition("4(d)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        if (request.extradition() != null && request.extradition().assures(AssuranceType.DEATH_PENALTY)) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        List<Offence> offences = request.offences();
        for (int i = 0; i < offences.size(); i++) {
            if (offences.get(i).maximumPenalty() != null && Boolean.TRUE.equals(offences.get(i).maximumPenalty().deathPenalty())) {
                fields.add("offences[" + i + "].maximumPenalty.deathPenalty");
            }
        }
        if (fields.isEmpty()) {
            return List.of();
        }
        fields.add("extradition.assurances");
        Optional<Fact> required = context.requestedStateFact("assurances")
                .filter(f -> f.status() == FactStatus.VERIFIED && f.asStrings().contains(AssuranceType.DEATH_PENALTY.code()));
        if (required.isPresent()) {
            return List.of(finding(context, Severity.BLOCKING, StateFacts.cite(context, required.get()), id() + ".required",
                    fields, context.requestedStateName()));
        }
        return List.of(finding(context, fields, context.requestedStateName()));
    }
}
