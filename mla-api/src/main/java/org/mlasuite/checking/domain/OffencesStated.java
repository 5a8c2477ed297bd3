package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.shared.Citation;

/**
 * The offences with their legal provisions and maximum penalties: without them the requested State cannot see
 * that the Convention applies (a serious crime is punishable by at least four years, UNTOC art. 2(b) and 3(1)),
 * nor test dual criminality where its law requires it (art. 18(9)).
 */
public final class OffencesStated implements Check {

    @Override
    public String id() {
        return "mla.offences";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("2(b), 3(1)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Offence> offences = context.request().offences();
        if (offences.isEmpty()) {
            return List.of(finding(context, severity(), citation(), id() + ".none", List.of("offences")));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < offences.size(); i++) {
            Offence offence = offences.get(i);
            String at = "offences[" + i + "]";
            String name = Blank.is(offence.name()) ? "#" + (i + 1) : offence.name();
            if (Blank.is(offence.legalProvision())) {
                findings.add(finding(context, severity(), citation(), id() + ".provision", List.of(at + ".legalProvision"), name));
            }
            if (offence.maximumPenalty() == null || !offence.maximumPenalty().stated()) {
                findings.add(finding(context, severity(), citation(), id() + ".penalty", List.of(at + ".maximumPenalty"), name));
            }
        }
        return findings;
    }
}
