package org.mlasuite.rendering.infrastructure;

import java.util.Set;

/**
 * User text on its way into a template's XML input, whatever the document: characters XML 1.0 cannot carry are
 * replaced, invisible marks no font draws are dropped, and each line gets the direction of its own script. Kept
 * apart from the writers so that every document treats the user's words the same way.
 */
final class UserText {

    /** Languages written right to left; their parts are laid out with writing-mode rl-tb. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ur", "he");

    private UserText() {
    }

    /** Whether a language's paragraphs run right to left. */
    static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    /**
     * Gives each line of user text the direction of its first strong character, as HTML's {@code dir="auto"}
     * does, by an explicit embedding (LRE or RLE ... PDF), which FOP implements, where that direction differs
     * from the paragraph's. Without it a Latin line in an Arabic document takes the right-to-left direction and
     * its closing bracket or full stop lands at the wrong end ("(Court (fictional" for "Court (fictional)"), and an
     * Arabic line in a Latin document does the reverse. Lines that already run the paragraph's way are left as
     * they are, so that a Latin document's text layer carries no invisible marks; the JSON attached to the PDF
     * keeps the text exactly as entered.
     *
     * @param rightToLeft the direction of the paragraphs the text is set in (the part's writing mode)
     */
    static String directed(String text, boolean rightToLeft) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            char embedding = firstStrong(line);
            if (embedding == 0 || (embedding == '\u202A') != rightToLeft) {
                sb.append(line);
            } else {
                sb.append(embedding).append(line).append('\u202C');
            }
            if (end < text.length()) {
                sb.append('\n');
            }
            start = end + 1;
        }
        return sb.toString();
    }

    /**
     * LRE for a line whose first strong character is left to right, RLE for right to left; LRE too for a line of
     * digits and separators only (a date such as 2026-03-01, which FOP's bidi would otherwise set as 01-03-2026 in a
     * right-to-left paragraph); 0 for anything else.
     */
    private static char firstStrong(String line) {
        boolean digits = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return '\u202A';
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return '\u202B';
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER:
                    digits = true;
                    break;
                default:
                    break;
            }
            i += Character.charCount(cp);
        }
        return digits ? '\u202A' : 0;
    }

    /**
     * Keeps what XML 1.0 allows (tab, newline, carriage return and the legal ranges) and replaces the rest, and
     * noncharacters, by U+FFFD. Drops invisible format characters that no font draws and FOP would report as
     * missing glyphs, failing the document: bidi isolates (FOP implements embeddings and overrides, which stay,
     * but not isolates), the Arabic letter mark, variation selectors, tags. The marks FOP uses (LRM, RLM, ZWJ,
     * ZWNJ, embeddings and overrides) stay. The JSON attached to the PDF keeps the text exactly as entered.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                if (isNonCharacter(cp)) {
                    sb.append('\uFFFD');
                } else if (!isDroppedFormat(cp)) {
                    sb.appendCodePoint(cp);
                }
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || isNonCharacter(c)) {
                sb.append('\uFFFD');
            } else if (!isDroppedFormat(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean isDroppedFormat(int cp) {
        return cp >= 0x2066 && cp <= 0x2069 || cp == 0x061C || cp == 0xFEFF || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0000 && cp <= 0xE01EF || cp >= 0x2060 && cp <= 0x2064;
    }
}
