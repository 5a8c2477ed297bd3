package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.shared.Citation;

/**
 * Each offence with the provision of law creating it and that provision's text, or where necessary a statement of
 * the law (UN Model Treaty on Extradition art. 5(2)(b)): without them the requested State cannot test double
 * criminality. No offence or no provision blocks; a provision without its text is a warning.
 */
public final class ExtraditionOffences implements Check {

    @Override
    public String id() {
        return "extradition.offences";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("5(2)(b)");
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
            } else if (Blank.is(offence.provisionText())) {
                findings.add(finding(context, Severity.WARNING, citation(), id() + ".text", List.of(at + ".provisionText"), name));
            }
        }
        return findings;
    }
}
