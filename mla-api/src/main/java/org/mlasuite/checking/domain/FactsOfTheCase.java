package org.mlasuite.checking.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.mlasuite.shared.Citation;

/**
 * A description of the acts or omissions, with an indication of the time and place of their commission (UN Model
 * Treaty on Extradition art. 5(2)(c)-(d)); for provisional arrest, a concise statement of the facts (art. 9(2)).
 * No statement blocks. Where the time must be indicated, a statement that names no year gets a warning: the
 * check cannot read the text, but a statement of when the acts took place nearly always names a year.
 */
public final class FactsOfTheCase implements Check {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    private final String id;
    private final Citation citation;
    private final boolean timeRequired;

    public FactsOfTheCase(String id, Citation citation, boolean timeRequired) {
        this.id = id;
        this.citation = citation;
        this.timeRequired = timeRequired;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        String facts = context.request().facts();
        if (Blank.is(facts)) {
            return List.of(finding(context, severity(), citation, id + ".missing", List.of("facts")));
        }
        if (timeRequired && !YEAR.matcher(facts).find()) {
            return List.of(finding(context, Severity.WARNING, citation, id + ".time", List.of("facts")));
        }
        return List.of();
    }
}
