package org.mlasuite.checking.domain;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.shared.Citation;

/**
 * A content a request must carry, checked for presence: for example the identity of the requesting authority
 * (UNTOC art. 18(15)(a)), or, only when the request asks for a given thing, what that thing needs (the extent of
 * execution of an order under 13(3)(b)).
 */
public final class RequiredContent extends NamedCheck {

    private final String field;
    private final Function<RequestDocument, Object> value;
    private final Predicate<RequestDocument> applies;

    public RequiredContent(String id, Severity severity, Citation citation, String field, Function<RequestDocument, Object> value) {
        this(id, severity, citation, field, value, r -> true);
    }

    /** A content required only for requests that {@code applies} accepts. */
    public RequiredContent(String id, Severity severity, Citation citation, String field, Function<RequestDocument, Object> value,
            Predicate<RequestDocument> applies) {
        super(id, severity, citation);
        this.field = field;
        this.value = value;
        this.applies = applies;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        if (!applies.test(context.request())) {
            return List.of();
        }
        Object content = value.apply(context.request());
        boolean missing = content == null || content instanceof String text && Blank.is(text);
        return missing ? List.of(finding(context, List.of(field))) : List.of();
    }
}
