package org.mlasuite.checking.domain;

/** Text that says nothing: null, empty or only white space. */
final class Blank {

    private Blank() {
    }

    static boolean is(String text) {
        return text == null || text.isBlank();
    }
}
