package org.mlasuite.identity.rest;

import java.util.List;
import org.mlasuite.platform.rest.Problem;

/** A request body breaks a Bean Validation constraint; one error per field. */
public class BadInput extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public BadInput(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields need correcting.");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
