package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.AssuranceType;
import org.mlasuite.drafting.domain.Extradition;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.shared.Citation;

/**
 * A judgment rendered in absentia: extradition is refused unless the person had notice and the opportunity to
 * defend, or will have the case retried in his or her presence (UN Model Treaty on Extradition art. 3(g)), and
 * the request states the legal means available for a retrial (art. 5(2)(e)). Blocking without that statement.
 */
public final class RetrialAfterAbsentia implements Check {

    @Override
    public String id() {
        return "extradition.absentia";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("3(g), 5(2)(e)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Extradition extradition = context.request().extradition();
        JudicialDecision judgment = extradition == null ? null : extradition.judgment();
        if (judgment == null || !Boolean.TRUE.equals(judgment.inAbsentia())
                || extradition.assures(AssuranceType.RETRIAL_AFTER_ABSENTIA)) {
            return List.of();
        }
        return List.of(finding(context, List.of("extradition.assurances")));
    }
}
