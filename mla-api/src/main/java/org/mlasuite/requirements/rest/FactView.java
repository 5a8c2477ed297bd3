package org.mlasuite.requirements.rest;

import java.time.LocalDate;
import org.mlasuite.requirements.domain.Fact;
import org.mlasuite.requirements.domain.FactStatus;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.shared.Citation;

/** A fact as the API serves it: value, status, review date and the full citation. */
public record FactView(String topic, Object value, String note, FactStatus status, LocalDate reviewed, Citation citation) {

    static FactView of(Fact fact, RequirementsCatalog catalog) {
        return new FactView(fact.topic(), fact.value(), fact.note(), fact.status(), fact.provenance().reviewed(),
                fact.known() ? catalog.cite(fact.provenance()) : null);
    }
}
