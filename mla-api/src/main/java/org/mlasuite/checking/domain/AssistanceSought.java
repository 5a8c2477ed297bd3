package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.shared.Citation;

/** At least one measure, each described well enough to execute (UNTOC art. 18(15)(d)). */
public final class AssistanceSought implements Check {

    @Override
    public String id() {
        return "mla.assistance-sought";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(15)(d)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Measure> measures = context.request().measures();
        if (measures.isEmpty()) {
            return List.of(finding(context, severity(), citation(), id() + ".none", List.of("measures")));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            if (Blank.is(measures.get(i).description())) {
                findings.add(finding(context, severity(), citation(), id() + ".undescribed",
                        List.of("measures[" + i + "].description"), i + 1));
            }
        }
        return findings;
    }
}
