package org.mlasuite.checking.domain;

import java.util.Comparator;
import java.util.List;
import org.mlasuite.drafting.domain.RequestType;

/** Runs the checks that apply to a request's type and orders the findings, most serious first. */
public final class Checker {

    private final List<Check> mla;

    public Checker(List<Check> mla) {
        this.mla = List.copyOf(mla);
    }

    public static Checker standard() {
        return new Checker(MlaChecks.all());
    }

    public List<Check> checks(RequestType type) {
        return switch (type) {
            case MLA, CONFISCATION -> mla;
            // extradition and provisional arrest have contents of their own (UNTOC art. 16); not checked yet
            case EXTRADITION, PROVISIONAL_ARREST -> List.of();
        };
    }

    public List<Check> catalog() {
        return mla;
    }

    public List<Finding> check(CheckContext context) {
        return checks(context.request().type()).stream()
                .flatMap(c -> c.examine(context).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }
}
