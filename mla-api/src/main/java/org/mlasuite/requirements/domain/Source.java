package org.mlasuite.requirements.domain;

import java.time.LocalDate;

/** An entry of the bibliography (legal-requirements/sources): what a fact's source id stands for. */
public record Source(String id, String title, String issuer, Integer year, String url, LocalDate consulted,
        String kind, String note) {
}
