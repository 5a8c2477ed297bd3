package org.mlasuite.incoming.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts and median handling times of the register, grouped by State (the other State of each request), by
 * cooperation type and by status. Handling time is from receipt to closure, for closed requests only.
 */
public record Statistics(int total, int open, int closed, Double medianHandlingDays, List<Group> byState,
        List<Group> byType, List<Group> byStatus) {

    /** One group: how many requests, how many closed, and the median days from receipt to closure. */
    public record Group(String key, int count, int closed, Double medianHandlingDays) {
    }

    public static Statistics of(List<RegisterEntry> entries) {
        int closed = (int) entries.stream().filter(e -> e.status().closed()).count();
        return new Statistics(entries.size(), entries.size() - closed, closed, median(entries),
                group(entries, Statistics::otherState), group(entries, e -> e.type() == null ? "unknown" : e.type().code()),
                group(entries, e -> e.status().code()));
    }

    /** For incoming requests the requesting State, for outgoing ones the requested State. */
    static String otherState(RegisterEntry e) {
        String state = e.direction() == Direction.INCOMING ? e.requestingState() : e.requestedState();
        return state == null ? "unknown" : state;
    }

    private static List<Group> group(List<RegisterEntry> entries, Function<RegisterEntry, String> key) {
        Map<String, List<RegisterEntry>> groups = new TreeMap<>();
        entries.forEach(e -> groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
        return groups.entrySet().stream()
                .map(g -> new Group(g.getKey(), g.getValue().size(), (int) g.getValue().stream().filter(e -> e.status().closed()).count(),
                        median(g.getValue())))
                .sorted(Comparator.comparing(Group::count).reversed().thenComparing(Group::key))
                .toList();
    }

    static Double median(List<RegisterEntry> entries) {
        List<Long> days = entries.stream().map(RegisterEntry::handlingDays).filter(java.util.Objects::nonNull).sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int n = days.size();
        return n % 2 == 1 ? days.get(n / 2).doubleValue() : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    }
}
