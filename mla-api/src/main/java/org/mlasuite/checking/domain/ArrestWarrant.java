package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.JudicialDecision;
import org.mlasuite.shared.Citation;

/**
 * For a person accused: a warrant for his or her arrest issued by a court or other competent judicial authority,
 * or a certified copy of it, accompanies the request (UN Model Treaty on Extradition art. 5(2)(c)). Blocking: the
 * warrant is what the requested State's courts examine.
 */
public final class ArrestWarrant implements Check {

    @Override
    public String id() {
        return "extradition.warrant";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("5(2)(c)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ExtraditionParts.purpose(context.request()).orElse(null) != ExtraditionPurpose.PROSECUTION) {
            return List.of();
        }
        JudicialDecision warrant = context.request().extradition().warrant();
        List<Finding> findings = new ArrayList<>();
        if (warrant == null || !warrant.identified()) {
            findings.add(finding(context, severity(), citation(), id() + ".missing",
                    List.of("extradition.warrant.issuedBy", "extradition.warrant.date")));
        }
        if (warrant == null || !Boolean.TRUE.equals(warrant.annexed())) {
            findings.add(finding(context, severity(), citation(), id() + ".annex", List.of("extradition.warrant.annexed")));
        }
        return findings;
    }
}
