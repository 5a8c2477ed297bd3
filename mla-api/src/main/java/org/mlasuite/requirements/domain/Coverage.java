package org.mlasuite.requirements.domain;

import java.util.List;
import java.util.Map;

/**
 * How much the catalogue knows, per State and cooperation type: facts read in a primary source, facts still to
 * confirm, and named topics nobody has answered yet. Party status to instruments is counted separately.
 */
public record Coverage(List<StateCoverage> states, Counts total, int statesWithAllThreeTypes, int statesWithAnyFact) {

    public Coverage {
        states = List.copyOf(states);
    }

    public static Coverage of(RequirementsCatalog catalog) {
        List<StateCoverage> rows = catalog.states().stream().map(s -> StateCoverage.of(s, catalog)).toList();
        Counts total = rows.stream().map(StateCoverage::total).reduce(Counts.ZERO, Counts::plus);
        int allThree = (int) rows.stream().filter(StateCoverage::sourcedForEveryType).count();
        int any = (int) rows.stream().filter(r -> r.total().known() > 0).count();
        return new Coverage(rows, total, allThree, any);
    }

    /** Verified, unconfirmed and unknown facts. */
    public record Counts(int verified, int unconfirmed, int unknown) {

        static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(verified + other.verified, unconfirmed + other.unconfirmed, unknown + other.unknown);
        }

        public int known() {
            return verified + unconfirmed;
        }

        static Counts of(RequirementProfile profile) {
            int v = 0;
            int u = 0;
            int n = 0;
            for (Fact fact : profile.facts()) {
                switch (fact.known() ? fact.status() : FactStatus.UNKNOWN) {
                    case VERIFIED -> v++;
                    case UNCONFIRMED -> u++;
                    case UNKNOWN -> n++;
                }
            }
            return new Counts(v, u, n);
        }
    }

    /**
     * One State's row. {@code instruments} counts the instruments that list it as a party; {@code byType} is keyed
     * by the cooperation type's code (extradition, mla, confiscation).
     */
    public record StateCoverage(String code, String name, boolean unMember, int instruments,
            Map<String, Counts> byType, Counts total) {

        public StateCoverage {
            byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        }

        public Counts counts(CooperationType type) {
            return byType.get(type.code());
        }

        static StateCoverage of(StateProfile state, RequirementsCatalog catalog) {
            Map<String, Counts> byType = new java.util.LinkedHashMap<>();
            for (CooperationType type : CooperationType.values()) {
                byType.put(type.code(), Counts.of(state.requirements(type)));
            }
            Counts total = byType.values().stream().reduce(Counts.ZERO, Counts::plus);
            int parties = (int) catalog.instruments().stream().filter(i -> i.party(state.code()).isPresent()).count();
            return new StateCoverage(state.code().value(), state.name("en"), state.unMember(), parties, byType, total);
        }

        /** At least one sourced fact for each of extradition, MLA and confiscation. */
        public boolean sourcedForEveryType() {
            return byType.values().stream().allMatch(c -> c.known() > 0);
        }
    }
}
