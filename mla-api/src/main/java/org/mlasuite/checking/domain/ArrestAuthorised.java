package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.shared.Citation;

/**
 * An application for provisional arrest states the existence of a warrant of arrest or of a judgment authorizing
 * the apprehension of the person (UN Model Treaty on Extradition art. 9(2), referring to art. 5(2)): the warrant
 * for a person accused, the judgment for a person convicted, either where the purpose is not yet given. Blocking.
 */
public final class ArrestAuthorised implements Check {

    @Override
    public String id() {
        return "provisional-arrest.decision";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("9(2)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Extradition extradition = context.request().extradition();
        ExtraditionPurpose purpose = extradition == null ? null : extradition.purpose();
        boolean warrant = extradition != null && identified(extradition.warrant());
        boolean judgment = extradition != null && identified(extradition.judgment());
        if (purpose == ExtraditionPurpose.PROSECUTION && !warrant) {
            return List.of(finding(context, severity(), citation(), id() + ".warrant", List.of("extradition.warrant")));
        }
        if (purpose == ExtraditionPurpose.ENFORCEMENT && !judgment) {
            return List.of(finding(context, severity(), citation(), id() + ".judgment", List.of("extradition.judgment")));
        }
        if (purpose == null && !warrant && !judgment) {
            return List.of(finding(context, severity(), citation(), id() + ".none", List.of("extradition.warrant", "extradition.judgment")));
        }
        return List.of();
    }

    private static boolean identified(JudicialDecision decision) {
        return decision != null && decision.identified();
    }
}
