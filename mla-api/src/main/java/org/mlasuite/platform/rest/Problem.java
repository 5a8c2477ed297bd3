package org.mlasuite.platform.rest;

import java.util.List;

/**
 * An error as RFC 9457 problem details, with the fields at fault.
 *
 * @param type   a URI naming the kind of problem
 * @param errors one entry per offending field or parameter (may be empty)
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
