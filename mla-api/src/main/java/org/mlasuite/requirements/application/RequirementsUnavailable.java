package org.mlasuite.requirements.application;

/** The requirements data did not load; the API answers 503 for what depends on it. */
public class RequirementsUnavailable extends RuntimeException {

    public RequirementsUnavailable(String reason) {
        super("The requirements data is not available: " + reason);
    }
}
