package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.shared.Citation;

/**
 * For a person convicted: the sentence imposed and the extent to which it remains to be served (UN Model Treaty
 * on Extradition art. 5(2)(d)); the remainder decides whether the sentence is long enough to extradite (art. 2(1)).
 */
public final class SentenceStated implements Check {

    @Override
    public String id() {
        return "extradition.sentence";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return ModelTreaties.extradition("5(2)(d)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ExtraditionParts.purpose(context.request()).orElse(null) != ExtraditionPurpose.ENFORCEMENT) {
            return List.of();
        }
        Sentence sentence = context.request().extradition().sentence();
        boolean life = sentence != null && Boolean.TRUE.equals(sentence.life());
        List<Finding> findings = new ArrayList<>();
        if (!life && (sentence == null || sentence.imposedMonths() == null)) {
            findings.add(finding(context, severity(), citation(), id() + ".imposed", List.of("extradition.sentence.imposedMonths")));
        }
        if (!life && (sentence == null || sentence.remainingMonths() == null)) {
            findings.add(finding(context, severity(), citation(), id() + ".remaining", List.of("extradition.sentence.remainingMonths")));
        }
        return findings;
    }
}
