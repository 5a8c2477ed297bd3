package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.requirements.domain.Fact;

/**
 * Brings a rule of the requested State's profile that no field can satisfy automatically (authentication, its
 * own list of contents) to the drafter's attention, quoted with its source. Silent when the data does not know.
 */
final class StateRuleNotice extends NamedCheck {

    private final String topic;
    private final String field;

    StateRuleNotice(String id, String topic, String field) {
        super(id, Severity.ADVICE, Untoc.article("18(17)"));
        this.topic = topic;
        this.field = field;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Optional<Fact> fact = context.requestedStateFact(topic);
        return fact.map(f -> List.of(finding(context, Severity.ADVICE, StateFacts.cite(context, f), StateFacts.key(f, id()),
                List.of(field), context.requestedStateName(), String.join("; ", f.asStrings()))))
                .orElse(List.of());
    }
}
