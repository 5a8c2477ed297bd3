package org.mlasuite.drafting.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mlasuite.drafting.domain.RequestDocument;

/** Bean Validation of a whole request document, reporting document paths such as {@code persons[0].role}. */
public final class DocumentValidator {

    private final Validator validator;

    public DocumentValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(RequestDocument document) {
        if (document == null) {
            throw new InvalidDocument(List.of(new InvalidDocument.Violation("", "The request body is empty; send a request document.")));
        }
        Set<ConstraintViolation<RequestDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            // records expose each constraint on field and accessor; keep one violation per field and message
            Set<InvalidDocument.Violation> unique = new TreeSet<>(Comparator.comparing(InvalidDocument.Violation::field)
                    .thenComparing(InvalidDocument.Violation::message));
            for (ConstraintViolation<RequestDocument> v : violations) {
                unique.add(new InvalidDocument.Violation(path(v.getPropertyPath()), v.getMessage()));
            }
            throw new InvalidDocument(List.copyOf(unique));
        }
    }

    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && sb.length() > 0 && sb.charAt(sb.length() - 1) != ']') {
                    sb.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.toString();
    }
}
