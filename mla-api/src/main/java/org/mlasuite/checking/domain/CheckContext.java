package org.mlasuite.checking.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.drafting.domain.RequestType;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;

/** What a check may look at: the request, the knowledge base, today's date and the reader's language. */
public record CheckContext(RequestDocument request, RequirementsCatalog catalog, LocalDate today, Locale locale) {

    public Optional<StateProfile> requestedState() {
        return request.requested().flatMap(catalog::state);
    }

    /** The requested State's name in the reader's language, or its code when the catalogue does not know it. */
    public String requestedStateName() {
        return requestedState().map(s -> s.name(locale.getLanguage())).orElse(String.valueOf(request.requestedState()));
    }

    /** Which part of a State profile governs the request: provisional arrest is part of extradition. */
    public CooperationType cooperationType() {
        return cooperationType(request.type());
    }

    public static CooperationType cooperationType(RequestType type) {
        return switch (type) {
            case MLA -> CooperationType.MLA;
            case EXTRADITION, PROVISIONAL_ARREST -> CooperationType.EXTRADITION;
            case CONFISCATION -> CooperationType.CONFISCATION;
        };
    }

    /** A known fact of the requested State's profile for this request's cooperation type; empty when unknown. */
    public Optional<Fact> requestedStateFact(String topic) {
        return requestedStateFact(cooperationType(), topic);
    }

    public Optional<Fact> requestedStateFact(CooperationType type, String topic) {
        return requestedState().map(s -> s.requirements(type).fact(topic)).filter(Fact::known);
    }
}
