package org.mlasuite.checking.domain;

import java.util.List;
import java.util.function.Function;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.shared.Citation;

/**
 * A content the Convention requires in every request, checked for presence: for example the identity of the
 * requesting authority (UNTOC art. 18(15)(a)).
 */
public final class RequiredContent implements Check {

    private final String id;
    private final Severity severity;
    private final Citation citation;
    private final String field;
    private final Function<RequestDocument, Object> value;

    public RequiredContent(String id, Severity severity, Citation citation, String field, Function<RequestDocument, Object> value) {
        this.id = id;
        this.severity = severity;
        this.citation = citation;
        this.field = field;
        this.value = value;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        Object content = value.apply(context.request());
        boolean missing = content == null || content instanceof String text && Blank.is(text);
        return missing ? List.of(finding(context, List.of(field))) : List.of();
    }
}
