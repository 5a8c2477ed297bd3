package org.mlasuite.checking.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;

/** What a check may look at: the request, the knowledge base, today's date and the reader's language. */
public record CheckContext(RequestDocument request, RequirementsCatalog catalog, LocalDate today, Locale locale) {

    public Optional<StateProfile> requestedState() {
        return request.requested().flatMap(catalog::state);
    }
}
