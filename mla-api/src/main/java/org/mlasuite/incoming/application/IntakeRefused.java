package org.mlasuite.incoming.application;

/** An import that cannot be registered as sent: not a PDF, no request inside, or an unreadable request. */
public class IntakeRefused extends RuntimeException {

    private final String field;

    public IntakeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
