package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Locale;
import org.mlasuite.shared.Citation;

/** One named rule a request must satisfy. */
public interface Check {

    /** Stable id, also the key of its wording, for example {@code mla.purpose}. */
    String id();

    /** The severity of what it finds (a check may report advice instead when the data it needs is unknown). */
    Severity severity();

    Citation citation();

    List<Finding> examine(CheckContext context);

    /** Whether the check reads the requested State's profile or declarations (as opposed to the Convention alone). */
    default boolean stateDriven() {
        return id().startsWith("state.");
    }

    /** One line on what the check looks for, for the check catalogue. */
    default String describe(Locale locale) {
        return Messages.text(locale, id() + ".describe");
    }

    default Finding finding(CheckContext context, List<String> fields, Object... args) {
        return finding(context, severity(), citation(), id(), fields, args);
    }

    default Finding finding(CheckContext context, Severity severity, Citation citation, String key, List<String> fields,
            Object... args) {
        Locale locale = context.locale();
        return new Finding(id(), severity, Messages.text(locale, key + ".message", args),
                Messages.text(locale, key + ".fix", args), citation, fields);
    }
}
