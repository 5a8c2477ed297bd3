package org.mlasuite.platform.persistence;

/** The database cannot be reached right now; the API answers 503. */
public class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String reason) {
        super("The database is not reachable: " + reason);
    }
}
