package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import org.mlasuite.shared.StateCode;

/**
 * A State's declaration, notification or reservation to an instrument that matters for cooperation, for example
 * its UNTOC art. 18(14) notification of accepted languages.
 *
 * @param subject one of legal-basis, central-authority, languages, nationals, search-and-seizure, channels,
 *                penalty-threshold, reservation, territorial, dispute-settlement, other
 */
public record Declaration(String instrumentId, StateCode state, String article, String subject, Object value,
        String note, LocalDate date, Provenance provenance) {
}
