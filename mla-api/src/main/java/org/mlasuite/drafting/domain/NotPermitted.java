package org.mlasuite.drafting.domain;

/** The caller may see the draft but not do this to it (an officer changing a draft of another account). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
