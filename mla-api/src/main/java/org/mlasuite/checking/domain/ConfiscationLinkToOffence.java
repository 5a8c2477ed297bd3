package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.shared.Citation;

/**
 * The request explains how the property is connected to the offence: proceeds of crime, property of equivalent
 * value, or instrumentalities (UNTOC art. 12(1)). Without it there is no "statement of the facts relied upon ...
 * sufficient to enable the requested State Party to seek the order" (13(3)(a)), nor for a freezing request the
 * statement of facts of 13(3)(c).
 */
public final class ConfiscationLinkToOffence implements Check {

    @Override
    public String id() {
        return "confiscation.link-to-offence";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("12(1), 13(3)(a), 13(3)(c)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (Blank.is(confiscation.linkToOffence())) {
            return List.of(finding(context, List.of("confiscation.linkToOffence")));
        }
        return List.of();
    }
}
