package org.mlasuite.checking.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of findings: one bundle family per group of checks (findings, extradition, confiscation, state), one
 * file per language in each, English as fallback. Separate families keep each group's wording next to its checks.
 */
final class Messages {

    private static final List<String> BUNDLES = List.of("org.mlasuite.checking.domain.findings",
            "org.mlasuite.checking.domain.extradition", "org.mlasuite.checking.domain.confiscation",
            "org.mlasuite.checking.domain.state");

    private Messages() {
    }

    static String text(Locale locale, String key, Object... args) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }
        }
        throw new IllegalStateException("No wording for finding key " + key);
    }
}
