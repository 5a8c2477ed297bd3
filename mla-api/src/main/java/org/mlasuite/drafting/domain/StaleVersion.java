package org.mlasuite.drafting.domain;

/** Someone else changed the draft since the version the caller read. */
public class StaleVersion extends RuntimeException {

    private final long current;

    public StaleVersion(String id, long expected, long current) {
        super("Request " + id + " is at version " + current + ", not " + expected + ".");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
