package org.mlasuite.checking.domain;

import java.util.List;
import java.util.function.Function;
import org.mlasuite.drafting.domain.Confiscation;
import org.mlasuite.drafting.domain.ConfiscationAction;
import org.mlasuite.shared.Citation;

/**
 * A content UNTOC art. 13(3) requires when the request asks for a given action, checked for presence: for example
 * the extent to which execution of the order is requested, for a request under 13(1)(b).
 */
public final class ConfiscationRequiredContent implements Check {

    private final String id;
    private final Severity severity;
    private final Citation citation;
    private final ConfiscationAction action;
    private final String field;
    private final Function<Confiscation, Object> value;

    public ConfiscationRequiredContent(String id, Severity severity, Citation citation, ConfiscationAction action,
            String field, Function<Confiscation, Object> value) {
        this.id = id;
        this.severity = severity;
        this.citation = citation;
        this.action = action;
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
        Confiscation confiscation = ConfiscationPart.of(context.request());
        if (!confiscation.asks(action)) {
            return List.of();
        }
        Object content = value.apply(confiscation);
        boolean missing = content == null || content instanceof String text && Blank.is(text);
        return missing ? List.of(finding(context, List.of(field))) : List.of();
    }
}
