package org.mlasuite.checking.domain;

import org.mlasuite.shared.Citation;

/** Citations of the Convention, the baseline every State party shares. */
public final class Untoc {

    public static final String TITLE = "United Nations Convention against Transnational Organized Crime (2000)";
    public static final String URL = "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html";

    private Untoc() {
    }

    public static Citation article(String pinpoint) {
        return new Citation("UNTOC", "art. " + pinpoint, TITLE, URL);
    }
}
