package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.FurtherUse;

/**
 * Information or evidence may not be used for other proceedings without the requested State's prior consent
 * (UNTOC art. 18(19)). Asking for that consent in the request saves a second round, but only if it says which
 * proceedings.
 */
final class FurtherUseConsent extends NamedCheck {

    FurtherUseConsent() {
        super("convention.further-use", Severity.WARNING, Untoc.article("18(19)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        FurtherUse use = context.request().furtherUse();
        if (use != null && use.asked() && Blank.is(use.proceedings())) {
            return List.of(finding(context, List.of("furtherUse.proceedings")));
        }
        return List.of();
    }
}
