package org.mlasuite.drafting.domain;

/** Someone else changed the draft since the version the caller read. */
public class StaleVersion extends RuntimeException {

    private final long current;

    public StaleVersion(String id, long expected, long current) {
        super("Request " + id + " is at version " + current + ", not " + expected + ".");
        this.current = current;
    }

    /** Someone else's change committed between our read and our write. */
    public static StaleVersion concurrent() {
        return new StaleVersion("The request was changed by someone else at the same moment.");
    }

    private StaleVersion(String message) {
        super(message);
        this.current = -1;
    }

    /** The version now stored, or -1 when a concurrent change was detected at commit. */
    public long current() {
        return current;
    }
}
