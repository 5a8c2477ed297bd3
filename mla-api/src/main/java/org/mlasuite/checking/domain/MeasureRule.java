package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.mlasuite.drafting.domain.Measure;
import org.mlasuite.drafting.domain.MeasureType;
import org.mlasuite.shared.Citation;

/**
 * A rule on each measure of some types: for every such measure the rule names the fields that are missing, and
 * each gap becomes a finding pointing at {@code measures[i].<field>}.
 */
final class MeasureRule extends NamedCheck {

    private final List<MeasureType> types;
    private final BiFunction<Measure, CheckContext, List<String>> missing;

    MeasureRule(String id, Severity severity, Citation citation, List<MeasureType> types,
            BiFunction<Measure, CheckContext, List<String>> missing) {
        super(id, severity, citation);
        this.types = List.copyOf(types);
        this.missing = missing;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Measure> measures = context.request().measures();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            if (!types.contains(measure.type())) {
                continue;
            }
            for (String field : missing.apply(measure, context)) {
                findings.add(finding(context, severity(), citation(), id() + "." + field,
                        List.of("measures[" + i + "]." + field), i + 1));
            }
        }
        return findings;
    }
}
