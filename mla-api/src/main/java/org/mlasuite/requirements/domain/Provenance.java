package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Where a fact comes from and how far it was checked. */
public record Provenance(String sourceId, String pinpoint, FactStatus status, LocalDate reviewed) {

    public static final Provenance UNKNOWN = new Provenance(null, null, FactStatus.UNKNOWN, null);

    public Provenance {
        Objects.requireNonNull(status, "A fact has a status.");
        if (status != FactStatus.UNKNOWN && (sourceId == null || reviewed == null)) {
            throw new IllegalArgumentException("A " + status.code() + " fact needs a source and a review date.");
        }
    }
}
