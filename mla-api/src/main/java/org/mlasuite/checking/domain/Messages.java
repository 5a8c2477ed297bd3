package org.mlasuite.checking.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The wording of findings, one bundle per language (checking/domain/findings*.properties), English as fallback. */
final class Messages {

    private static final String BUNDLE = "org.mlasuite.checking.domain.findings";

    private Messages() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No wording for finding key " + key, e);
        }
    }
}
