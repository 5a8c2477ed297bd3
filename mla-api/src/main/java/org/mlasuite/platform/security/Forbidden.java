package org.mlasuite.platform.security;

/** The caller is known but may not do this (HTTP 403). Never used for an object the caller may not see: that is 404. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
