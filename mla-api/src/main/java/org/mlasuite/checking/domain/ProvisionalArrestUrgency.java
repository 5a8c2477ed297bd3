package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Urgency;
import org.mlasuite.shared.Citation;

/**
 * Provisional arrest is a measure for cases of urgency (UN Model Treaty on Extradition art. 9(1); UNTOC art. 16(9):
 * "upon being satisfied that the circumstances so warrant and are urgent"). A request not marked urgent blocks;
 * an urgent one without its reason is a warning, since the requested State must be satisfied of the urgency.
 */
public final class ProvisionalArrestUrgency implements Check {

    @Override
    public String id() {
        return "provisional-arrest.urgency";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("9(1)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Urgency urgency = context.request().urgency();
        if (urgency == null || !urgency.declared()) {
            return List.of(finding(context, severity(), citation(), id() + ".undeclared", List.of("urgency.urgent")));
        }
        if (Blank.is(urgency.reason())) {
            return List.of(finding(context, Severity.WARNING, citation(), id() + ".reason", List.of("urgency.reason")));
        }
        return List.of();
    }
}
