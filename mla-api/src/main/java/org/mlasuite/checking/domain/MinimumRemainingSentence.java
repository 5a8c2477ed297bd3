package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.drafting.domain.ExtraditionPurpose;
import org.mlasuite.drafting.domain.Sentence;
import org.mlasuite.shared.Citation;

/**
 * For extradition to enforce a sentence, the part left to serve must reach the requested State's threshold (topic
 * {@code min_remaining_sentence_months}; UNTOC art. 16(7); Model Treaty art. 2(1)). Blocking on a verified fact,
 * advice on an unconfirmed one.
 */
public final class MinimumRemainingSentence implements Check {

    /** Reads the requested State's profile. */
    @Override
    public boolean stateDriven() {
        return true;
    }

    @Override
    public String id() {
        return "extradition.min-remaining-sentence";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return Untoc.article("16(7)");
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (ExtraditionParts.purpose(context.request()).orElse(null) != ExtraditionPurpose.ENFORCEMENT) {
            return List.of();
        }
        Sentence sentence = context.request().extradition().sentence();
        Integer remaining = ExtraditionParts.remainingMonths(sentence);
        if (remaining == null) {
            return List.of();
        }
        return context.requestedStateFact("min_remaining_sentence_months")
                .flatMap(fact -> ExtraditionParts.number(fact).filter(min -> remaining < min)
                        .map(min -> finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                                StateFacts.key(fact, id()), List.of("extradition.sentence.remainingMonths"), remaining,
                                context.requestedStateName(), min)))
                .map(List::of).orElse(List.of());
    }
}
