package org.mlasuite.drafting.application;

import java.util.List;

/** The document breaks a structural rule; each violation names the field (for example {@code persons[0].role}). */
public class InvalidDocument extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final transient List<Violation> violations;

    public InvalidDocument(List<Violation> violations) {
        super("The request document is not valid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
