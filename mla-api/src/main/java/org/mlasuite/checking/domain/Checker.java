package org.mlasuite.checking.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mlasuite.drafting.domain.RequestType;

/** Runs the checks that apply to a request's type and orders the findings, most serious first. */
public final class Checker {

    private final Map<RequestType, List<Check>> byType;

    public Checker(Map<RequestType, List<Check>> byType) {
        EnumMap<RequestType, List<Check>> copy = new EnumMap<>(RequestType.class);
        for (RequestType type : RequestType.values()) {
            copy.put(type, List.copyOf(byType.getOrDefault(type, List.of())));
        }
        this.byType = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The standard catalogue. A confiscation request carries the MLA contents too, because UNTOC art. 13(3)
     * applies art. 18(15) to it; a provisional arrest request is checked by its own, shorter list.
     */
    public static Checker standard() {
        List<Check> convention = ConventionChecks.all();
        return new Checker(Map.of(
                RequestType.MLA, concat(MlaChecks.all(), MeasureChecks.all(), convention, StateChecks.all()),
                RequestType.CONFISCATION, concat(MlaChecks.all(), ConfiscationChecks.all(), convention, StateChecks.all()),
                RequestType.EXTRADITION, concat(ExtraditionChecks.all(), convention, StateChecks.all()),
                RequestType.PROVISIONAL_ARREST, concat(ProvisionalArrestChecks.all(), convention, StateChecks.all())));
    }

    @SafeVarargs
    private static List<Check> concat(List<Check>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    public List<Check> checks(RequestType type) {
        return byType.get(type);
    }

    /** Every check once, in the order of the request types. */
    public List<Check> catalog() {
        Map<String, Check> byId = new LinkedHashMap<>();
        byType.values().forEach(list -> list.forEach(c -> byId.putIfAbsent(c.id(), c)));
        return List.copyOf(byId.values());
    }

    /** The request types a check runs for, for the catalogue. */
    public List<RequestType> typesOf(Check check) {
        return byType.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(c -> c.id().equals(check.id())))
                .map(Map.Entry::getKey).toList();
    }

    public List<Finding> check(CheckContext context) {
        return checks(context.request().type()).stream()
                .flatMap(c -> c.examine(context).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }
}
