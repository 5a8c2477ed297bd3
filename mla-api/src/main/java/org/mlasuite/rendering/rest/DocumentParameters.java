package org.mlasuite.rendering.rest;

import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.rendering.application.DocumentService;

/**
 * The query parameters every document address shares, checked before any work is done: {@code lang} and
 * {@code lang2} (ar, zh, en, fr, ru, es, pt, de), {@code training}, {@code note}. Each problem is a 400
 * application/problem+json naming the parameter.
 */
public final class DocumentParameters {

    /** The longest note an officer can put in a reply; the register keeps notes of the same size. */
    public static final int MAX_NOTE = 5000;

    private DocumentParameters() {
    }

    /** The language asked for, or null for the default; refused when not one we have words for. */
    public static String language(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!DocumentService.isSupported(value)) {
            throw new BadParameter(name, name + " must be one of " + String.join(", ", DocumentService.LANGUAGES)
                    + " (ISO 639-1, lower case)" + ("lang".equals(name) ? "; leave it out for the default language." : "."));
        }
        return value;
    }

    /** The language of the translation in a bilingual document: supported, and not the language of the original. */
    public static String secondLanguage(String value, String first) {
        String second = language("lang2", value);
        if (second != null && second.equals(first)) {
            throw new BadParameter("lang2", "lang2 is the language of the translation that follows the original; it must"
                    + " differ from the document's language (" + first + ").");
        }
        return second;
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        throw new BadParameter(name, name + " must be true or false.");
    }

    public static String note(String value) {
        if (value != null && value.length() > MAX_NOTE) {
            throw new BadParameter("note", "The note can have at most " + MAX_NOTE + " characters.");
        }
        return value == null || value.isBlank() ? null : value;
    }
}
