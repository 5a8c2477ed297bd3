package org.mlasuite.checking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mlasuite.checking.domain.CheckContext;
import org.mlasuite.checking.domain.Checker;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.RequirementsCatalog;

/** Checks a request against the Convention and the requested State's recorded requirements. */
public final class CheckingService {

    private final Checker checker;
    private final java.util.function.Supplier<RequirementsCatalog> catalog;
    private final Clock clock;

    public CheckingService(Checker checker, java.util.function.Supplier<RequirementsCatalog> catalog, Clock clock) {
        this.checker = checker;
        this.catalog = catalog;
        this.clock = clock;
    }

    public CheckReport check(RequestDocument request, Locale locale) {
        return CheckReport.of(checker.check(new CheckContext(request, catalog.get(), LocalDate.now(clock), locale)));
    }

    public List<CheckEntry> catalog(Locale locale) {
        return checker.catalog().stream()
                .map(c -> new CheckEntry(c.id(), c.severity(), c.citation(), c.describe(locale),
                        checker.typesOf(c).stream().map(t -> t.code()).toList(), c.stateDriven()))
                .toList();
    }
}
