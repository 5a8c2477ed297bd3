package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.Offence;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.shared.Citation;

/**
 * The penalty that can be imposed for each offence (UN Model Treaty on Extradition art. 5(2)(b)); for provisional
 * arrest, "the punishment that can be or has been imposed ... including the time left to be served" (art. 9(2)).
 * The penalty decides whether the offence is extraditable at all (art. 2(1); UNTOC art. 16(7)).
 */
public final class PenaltyStated implements Check {

    private final String id;
    private final Citation citation;
    private final boolean timeLeftToServe;

    /** {@code timeLeftToServe}: also require, for enforcement, the part of the sentence left to serve. */
    public PenaltyStated(String id, Citation citation, boolean timeLeftToServe) {
        this.id = id;
        this.citation = citation;
        this.timeLeftToServe = timeLeftToServe;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        List<Offence> offences = context.request().offences();
        List<Finding> findings = new ArrayList<>();
        if (offences.isEmpty()) {
            findings.add(finding(context, severity(), citation, id + ".none", List.of("offences")));
        }
        for (int i = 0; i < offences.size(); i++) {
            Offence offence = offences.get(i);
            if (offence.maximumPenalty() == null || !offence.maximumPenalty().stated()) {
                String name = Blank.is(offence.name()) ? "#" + (i + 1) : offence.name();
                findings.add(finding(context, severity(), citation, id + ".missing",
                        List.of("offences[" + i + "].maximumPenalty"), name));
            }
        }
        if (timeLeftToServe && ExtraditionParts.purpose(context.request()).orElse(null) == ExtraditionPurpose.ENFORCEMENT) {
            Sentence sentence = context.request().extradition().sentence();
            if (ExtraditionParts.remainingMonths(sentence) == null) {
                findings.add(finding(context, severity(), citation, id + ".remaining", List.of("extradition.sentence.remainingMonths")));
            }
        }
        return findings;
    }
}
