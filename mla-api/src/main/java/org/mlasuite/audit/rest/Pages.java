package org.mlasuite.audit.rest;

import org.mlasuite.platform.rest.BadParameter;

/** Paging parameters of the audit resources. */
final class Pages {

    static final int MAX_SIZE = 200;

    private Pages() {
    }

    static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameter(name, "'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
}
