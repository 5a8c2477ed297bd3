package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.shared.Citation;

/** A summary of the relevant facts, which UNTOC art. 18(15)(c) waives only for service of judicial documents. */
public final class FactsSummary implements Check {

    @Override
    public String id() {
        return "mla.facts";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(15)(c)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Measure> measures = context.request().measures();
        boolean onlyService = !measures.isEmpty()
                && measures.stream().allMatch(m -> m.type() == MeasureType.SERVICE_OF_DOCUMENTS);
        if (onlyService || !Blank.is(context.request().facts())) {
            return List.of();
        }
        return List.of(finding(context, List.of("facts")));
    }
}
