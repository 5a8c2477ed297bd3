package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.Transmission;
import org.mlasuite.requirements.domain.Fact;

/**
 * The request travels by a channel the requested State accepts (UNTOC art. 18(13): through central authorities,
 * or the diplomatic channel where a State requires it; INTERPOL in urgent cases where the States agree).
 */
final class ChannelAccepted extends NamedCheck {

    ChannelAccepted() {
        super("state.channel", Severity.WARNING, Untoc.article("18(13)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Optional<Fact> channels = context.requestedStateFact("channels");
        if (channels.isEmpty()) {
            return List.of();
        }
        Fact fact = channels.get();
        List<String> accepted = fact.asStrings();
        Transmission transmission = context.request().transmission();
        if (transmission == null || transmission.channel() == null) {
            return List.of(finding(context, Severity.ADVICE, StateFacts.cite(context, fact), id() + ".unstated",
                    List.of("transmission.channel"), context.requestedStateName(), String.join(", ", accepted)));
        }
        if (accepted.contains(transmission.channel().code())) {
            return List.of();
        }
        return List.of(finding(context, StateFacts.severity(fact, severity()), StateFacts.cite(context, fact),
                StateFacts.key(fact, id()), List.of("transmission.channel"), context.requestedStateName(),
                transmission.channel().code(), String.join(", ", accepted)));
    }
}
