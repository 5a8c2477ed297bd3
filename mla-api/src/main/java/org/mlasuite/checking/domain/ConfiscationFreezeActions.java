package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Set;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.shared.Citation;

/**
 * A request under UNTOC art. 13(2) contains "a description of the actions requested" (13(3)(c)): at least one
 * described measure to identify or trace (18(3)(g)), or to freeze or seize (18(3)(c)). A warning: the actions may
 * be described under another kind of measure, but the requested State should not have to guess.
 */
public final class ConfiscationFreezeActions implements Check {

    private static final Set<MeasureType> PROVISIONAL = Set.of(MeasureType.FREEZING, MeasureType.SEARCH_AND_SEIZURE,
            MeasureType.TRACING_PROCEEDS);

    @Override
    public String id() {
        return "confiscation.freeze-actions";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(3)(c)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (!confiscation.asks(ConfiscationAction.IDENTIFY_TRACE_FREEZE)) {
            return List.of();
        }
        boolean described = context.request().measures().stream()
                .anyMatch(m -> PROVISIONAL.contains(m.type()) && !Blank.is(m.description()));
        return described ? List.of() : List.of(finding(context, List.of("measures")));
    }
}
