package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.shared.Citation;

/**
 * A confiscation request says what it asks for: to identify, trace, freeze or seize (UNTOC art. 13(2)), to obtain a
 * domestic confiscation order (13(1)(a)), to give effect to the requesting State's order (13(1)(b)), or the disposal
 * of confiscated property (art. 14). The contents the Convention requires (13(3)(a)-(c)) depend on that choice.
 */
public final class ConfiscationActionChosen implements Check {

    @Override
    public String id() {
        return "confiscation.action";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("13(1), 13(2)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ConfiscationPart.of(context.request()).actions().isEmpty()) {
            return List.of(finding(context, List.of("confiscation.actions")));
        }
        return List.of();
    }
}
