package org.mlasuite.training.application;

/** A training action that is not possible as asked (an unknown scenario, a closed or unknown session code). */
public class TrainingRefused extends RuntimeException {

    private final String field;

    public TrainingRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
