package org.mlasuite.identity.application;

/** An account change breaks a rule; names the field at fault. */
public class InvalidAccount extends RuntimeException {

    private final String field;

    public InvalidAccount(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
