package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.Confidentiality;
import org.mlasuite.shared.Citation;

/**
 * A requesting State may require that the fact and substance of the request be kept confidential (UNTOC art.
 * 18(20)); saying why helps the requested State decide promptly whether it can comply.
 */
public final class ConfidentialityReason implements Check {

    @Override
    public String id() {
        return "mla.confidentiality";
    }

    @Override
    public Severity severity() {
        return Severity.ADVICE;
    }

    @Override
    public Citation citation() {
        return Untoc.article("18(20)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Confidentiality confidentiality = context.request().confidentiality();
        if (confidentiality != null && confidentiality.requested() && Blank.is(confidentiality.reason())) {
            return List.of(finding(context, List.of("confidentiality.reason")));
        }
        return List.of();
    }
}
