package org.mlasuite.training.domain;

import java.util.Locale;
import java.util.Objects;

/** A phrase of the scenario library in English and French; other reader languages get English. */
public record Text(String en, String fr) {

    public Text {
        Objects.requireNonNull(en, "Every text has its English version.");
        Objects.requireNonNull(fr, "Every text has its French version.");
    }

    public String in(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
