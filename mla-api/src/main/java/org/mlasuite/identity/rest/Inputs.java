package org.mlasuite.identity.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.platform.rest.Problem;
import org.mlasuite.shared.Coded;

/** Validation of identity request bodies, reporting plain field names ({@code password}, not {@code login.arg0.password}). */
final class Inputs {

    private Inputs() {
    }

    static <T> T check(Validator validator, T body) {
        if (body == null) {
            throw new BadInput(List.of(new Problem.FieldError("", "The request body is empty; send a JSON object.")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            // records carry each constraint on the field and the accessor: keep one per field and message
            Set<Problem.FieldError> unique = new TreeSet<>(Comparator.comparing(Problem.FieldError::field)
                    .thenComparing(Problem.FieldError::message));
            violations.forEach(v -> unique.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())));
            throw new BadInput(List.copyOf(unique));
        }
        return body;
    }

    static Set<Role> roles(List<String> codes) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (String code : codes) {
            roles.add(Coded.byCode(Role.class, code).orElseThrow(() -> new BadInput(List.of(new Problem.FieldError("roles",
                    "'" + code + "' is not a role; use prosecutor, officer, trainer, trainee or administrator.")))));
        }
        return roles;
    }
}
