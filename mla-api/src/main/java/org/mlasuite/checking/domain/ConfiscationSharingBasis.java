package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Disposal;
import org.mlasuite.shared.Citation;

/**
 * Sharing of confiscated property is not owed: the requested State "may give special consideration to concluding
 * agreements or arrangements on ... sharing with other States Parties, on a regular or case-by-case basis" (UNTOC
 * art. 14(3)(b)). A request that asks for sharing should propose the basis (an existing agreement, or a
 * case-by-case arrangement) and the proportion sought. Advice.
 */
public final class ConfiscationSharingBasis implements Check {

    @Override
    public String id() {
        return "confiscation.sharing";
    }

    @Override
    public Severity severity() {
        return Severity.ADVICE;
    }

    @Override
    public Citation citation() {
        return Untoc.article("14(3)(b)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Disposal disposal = ConfiscationPart.disposal(ConfiscationPart.of(context.request()));
        if (ConfiscationPart.yes(disposal.assetSharing()) && Blank.is(disposal.note())) {
            return List.of(finding(context, List.of("confiscation.disposal.note")));
        }
        return List.of();
    }
}
