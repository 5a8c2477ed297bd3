package org.mlasuite.checking.domain;

import java.util.List;
import org.mlasuite.shared.Citation;

/**
 * Where the person sought is, or is believed to be (UN Model Treaty on Extradition art. 5(2)(a) and, "where
 * known", art. 9(2)): a warning, since the requested State can only act against a person on its territory.
 */
public final class PersonSoughtLocation implements Check {

    private final String id;
    private final Citation citation;

    public PersonSoughtLocation(String id, Citation citation) {
        this.id = id;
        this.citation = citation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Citation citation() {
        return citation;
    }

    @Override
    public List<Finding> examine(CheckContext context) {
        return ExtraditionParts.sought(context.request()).stream()
                .filter(s -> Blank.is(s.person().location()))
                .map(s -> finding(context, List.of(s.at() + ".location"), s.label(), context.requestedStateName()))
                .toList();
    }
}
