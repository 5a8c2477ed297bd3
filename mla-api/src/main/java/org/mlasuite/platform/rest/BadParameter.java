package org.mlasuite.platform.rest;

/** A query parameter or header is missing or out of range. */
public class BadParameter extends RuntimeException {

    private final String parameter;
    private final int status;

    public BadParameter(String parameter, String message) {
        this(parameter, message, 400);
    }

    public BadParameter(String parameter, String message, int status) {
        super(message);
        this.parameter = parameter;
        this.status = status;
    }

    public String parameter() {
        return parameter;
    }

    public int status() {
        return status;
    }
}
