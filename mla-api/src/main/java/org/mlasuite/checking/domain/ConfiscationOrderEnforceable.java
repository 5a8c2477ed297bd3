package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.drafting.domain.ConfiscationOrder;
import org.mlasuite.shared.Citation;

/**
 * Whether the order to be given effect (UNTOC art. 13(1)(b)) is final and enforceable in the requesting State. The
 * Convention does not itself require finality, but the requested State must know whether the order can be executed
 * and to what extent (13(3)(b)); an order still open to appeal may call for provisional measures under 13(2)
 * instead. A warning, not a block.
 */
public final class ConfiscationOrderEnforceable implements Check {

    @Override
    public String id() {
        return "confiscation.order-enforceable";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(1)(b), 13(3)(b)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        ConfiscationOrder order = confiscation.order();
        if (!confiscation.asks(ConfiscationAction.ENFORCE_ORDER) || order == null) {
            return List.of();
        }
        if (order.enforceable() == null) {
            return List.of(finding(context, severity(), citation(), id() + ".unstated", List.of("confiscation.order.enforceable")));
        }
        if (!order.enforceable()) {
            return List.of(finding(context, severity(), citation(), id() + ".not-enforceable", List.of("confiscation.order.enforceable")));
        }
        return List.of();
    }
}
