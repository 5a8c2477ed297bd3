package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.ConfiscationOrder;
import org.mlasuite.shared.Citation;

/**
 * A request to give effect to the requesting State's confiscation order (UNTOC art. 13(1)(b)) contains "a legally
 * admissible copy of an order of confiscation upon which the request is based" (13(3)(b)): the order must be
 * identified (court, date, reference) and its copy annexed.
 */
public final class ConfiscationOrderCopy implements Check {

    @Override
    public String id() {
        return "confiscation.order-copy";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(3)(b)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (!confiscation.asks(ConfiscationAction.ENFORCE_ORDER)) {
            return List.of();
        }
        ConfiscationOrder order = confiscation.order();
        if (order == null) {
            return List.of(finding(context, severity(), citation(), id() + ".none", List.of("confiscation.order")));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (Blank.is(order.court())) {
            missing.add("confiscation.order.court");
        }
        if (order.date() == null) {
            missing.add("confiscation.order.date");
        }
        if (Blank.is(order.reference())) {
            missing.add("confiscation.order.reference");
        }
        if (!missing.isEmpty()) {
            findings.add(finding(context, severity(), citation(), id() + ".identity", missing,
                    String.join(", ", missing.stream().map(f -> f.substring("confiscation.order.".length())).toList())));
        }
        if (!ConfiscationPart.yes(order.annexed())) {
            findings.add(finding(context, severity(), citation(), id() + ".annex", List.of("confiscation.order.annexed")));
        }
        return findings;
    }
}
