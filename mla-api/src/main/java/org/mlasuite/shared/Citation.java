package org.mlasuite.shared;

import java.util.Objects;

/**
 * Where a rule comes from: an instrument or national source and the precise place in it, for example
 * {@code UNTOC, art. 18(15)(a)}. Every finding and every requirement fact carries one, because a practitioner
 * must be able to show the requested State the provision they relied on.
 *
 * @param source   short name of the instrument or the id of a source in legal-requirements/sources.yaml
 * @param pinpoint article, section or page
 * @param title    full title of the source, for display
 * @param url      where the source can be read, if public
 */
public record Citation(String source, String pinpoint, String title, String url) {

    public Citation {
        Objects.requireNonNull(source, "A citation names its source.");
        Objects.requireNonNull(pinpoint, "A citation names the article or section.");
    }

    public static Citation of(String source, String pinpoint) {
        return new Citation(source, pinpoint, null, null);
    }

    /** The form lawyers write: "UNTOC, art. 18(15)(a)". */
    public String display() {
        return source + ", " + pinpoint;
    }
}
