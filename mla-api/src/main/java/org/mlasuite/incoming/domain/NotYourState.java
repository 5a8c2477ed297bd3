package org.mlasuite.incoming.domain;

/** An officer tried to register a request that concerns another State's central authority (HTTP 403). */
public class NotYourState extends RuntimeException {

    public NotYourState(String message) {
        super(message);
    }
}
