package org.mlasuite.checking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.requirements.domain.Party;
import org.mlasuite.shared.StateCode;

/**
 * Each instrument the request cites binds both States on the day. The party lists are only as complete as their
 * coverage notes say, so a State missing from one is a warning to verify, not a block.
 */
final class InstrumentPartiesRecorded extends NamedCheck {

    InstrumentPartiesRecorded() {
        super("state.instrument-parties", Severity.WARNING, Untoc.article("16(4), 18(7)"));
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        RequestDocument request = context.request();
        List<Finding> findings = new ArrayList<>();
        List<String> cited = CitedBasis.instruments(request);
        for (int i = 0; i < cited.size(); i++) {
            String field = "legalBasis.instruments[" + i + "]";
            Optional<Instrument> instrument = context.catalog().instrument(cited.get(i));
            if (instrument.isEmpty()) {
                findings.add(finding(context, severity(), citation(), id() + ".unknown", List.of(field), cited.get(i)));
                continue;
            }
            Instrument known = instrument.get();
            if (!known.binding()) {
                findings.add(finding(context, severity(), context.catalog().cite(known.sourceId(), ""), id() + ".not-binding",
                        List.of(field), known.shortName()));
                continue;
            }
            for (Optional<StateCode> state : List.of(request.requesting(), request.requested())) {
                if (state.isPresent() && !bound(known, state.get(), context)) {
                    String name = context.catalog().state(state.get()).map(s -> s.name(context.locale().getLanguage()))
                            .orElse(state.get().value());
                    findings.add(finding(context, severity(), context.catalog().cite(known.sourceId(), ""), id() + ".not-party",
                            List.of(field), known.shortName(), name));
                }
            }
        }
        return findings;
    }

    private static boolean bound(Instrument instrument, StateCode state, CheckContext context) {
        return instrument.party(state).map((Party p) -> p.boundOn(context.today())).orElse(false)
                && (instrument.inForce() == null || !instrument.inForce().isAfter(context.today()));
    }
}
