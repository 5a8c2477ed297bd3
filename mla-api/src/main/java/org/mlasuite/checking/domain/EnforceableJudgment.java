package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.shared.Citation;

/**
 * For a person convicted: the original or a certified copy of the judgment, and the fact that the sentence is
 * enforceable (UN Model Treaty on Extradition art. 5(2)(d)). Each gap blocks.
 */
public final class EnforceableJudgment implements Check {

    @Override
    public String id() {
        return "extradition.judgment";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("5(2)(d)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ExtraditionParts.purpose(context.request()).orElse(null) != ExtraditionPurpose.ENFORCEMENT) {
            return List.of();
        }
        JudicialDecision judgment = context.request().extradition().judgment();
        List<Finding> findings = new ArrayList<>();
        if (judgment == null || !judgment.identified()) {
            findings.add(finding(context, severity(), citation(), id() + ".missing",
                    List.of("extradition.judgment.issuedBy", "extradition.judgment.date")));
        }
        if (judgment == null || !Boolean.TRUE.equals(judgment.enforceable())) {
            findings.add(finding(context, severity(), citation(), id() + ".enforceable", List.of("extradition.judgment.enforceable")));
        }
        if (judgment == null || !Boolean.TRUE.equals(judgment.annexed())) {
            findings.add(finding(context, severity(), citation(), id() + ".annex", List.of("extradition.judgment.annexed")));
        }
        return findings;
    }
}
