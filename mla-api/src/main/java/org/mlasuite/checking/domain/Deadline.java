package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Urgency;
import org.mlasuite.shared.Citation;

/**
 * The requested State takes "the fullest account" of deadlines suggested with reasons, preferably in the request
 * (UNTOC art. 18(24)): an urgent request needs its reason and date, and the date must still lie ahead.
 */
public final class Deadline implements Check {

    @Override
    public String id() {
        return "mla.deadline";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(24)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Urgency urgency = context.request().urgency();
        List<Finding> findings = new ArrayList<>();
        if (urgency == null) {
            return findings;
        }
        if (urgency.declared() && Blank.is(urgency.reason())) {
            findings.add(finding(context, severity(), citation(), id() + ".reason", List.of("urgency.reason")));
        }
        if (urgency.declared() && urgency.deadline() == null) {
            findings.add(finding(context, severity(), citation(), id() + ".date", List.of("urgency.deadline")));
        }
        if (urgency.deadline() != null && urgency.deadline().isBefore(context.today())) {
            findings.add(finding(context, severity(), citation(), id() + ".past", List.of("urgency.deadline"), urgency.deadline().toString()));
        }
        return findings;
    }
}
