package org.mlasuite.requirements.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mlasuite.shared.Citation;
import org.mlasuite.shared.StateCode;

/**
 * The whole knowledge base, immutable once loaded: States, instruments and sources, with the look-ups the checker
 * and the API need.
 */
public final class RequirementsCatalog {

    private final SortedMap<StateCode, StateProfile> states;
    private final Map<String, Instrument> instruments;
    private final Map<String, Source> sources;

    public RequirementsCatalog(Collection<StateProfile> states, Collection<Instrument> instruments,
            Collection<Source> sources) {
        TreeMap<StateCode, StateProfile> byCode = new TreeMap<>();
        states.forEach(s -> byCode.put(s.code(), s));
        this.states = java.util.Collections.unmodifiableSortedMap(byCode);
        java.util.LinkedHashMap<String, Instrument> byId = new java.util.LinkedHashMap<>();
        instruments.forEach(i -> byId.putIfAbsent(i.id(), i));
        this.instruments = java.util.Collections.unmodifiableMap(byId);
        this.sources = sources.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Source::id, s -> s));
    }

    public Collection<StateProfile> states() {
        return states.values();
    }

    public Optional<StateProfile> state(StateCode code) {
        return Optional.ofNullable(states.get(code));
    }

    public Collection<Instrument> instruments() {
        return instruments.values();
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(instruments.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    /** The citation of a fact: its source's title and address, and the pinpoint. */
    public Citation cite(Provenance provenance) {
        if (provenance.sourceId() == null) {
            return new Citation("unknown", "no source recorded", null, null);
        }
        Source source = sources.get(provenance.sourceId());
        String pinpoint = provenance.pinpoint() == null ? "" : provenance.pinpoint();
        return source == null ? Citation.of(provenance.sourceId(), pinpoint)
                : new Citation(source.id(), pinpoint, source.title(), source.url());
    }

    /** The citation of a whole source (an instrument's text, for example), with an optional pinpoint. */
    public Citation cite(String sourceId, String pinpoint) {
        Source source = sources.get(sourceId);
        return source == null ? Citation.of(sourceId, pinpoint)
                : new Citation(source.id(), pinpoint, source.title(), source.url());
    }

    /**
     * The languages a State accepts for requests of a type: its own profile's fact if the data has one, otherwise
     * its notification under UNTOC art. 18(14) (or UNCAC art. 46(14)). Empty when neither is recorded.
     */
    public Optional<SourcedValue<List<String>>> acceptedLanguages(StateCode state, CooperationType type) {
        Optional<Fact> fact = state(state).map(s -> s.requirements(type).fact("languages")).filter(Fact::known);
        if (fact.isEmpty() && type == CooperationType.CONFISCATION) {
            // a confiscation request is a request for mutual assistance (UNTOC art. 13(1)): the MLA languages apply
            fact = state(state).map(s -> s.requirements(CooperationType.MLA).fact("languages")).filter(Fact::known);
        }
        if (fact.isPresent()) {
            return Optional.of(new SourcedValue<>(fact.get().asStrings(), fact.get().provenance()));
        }
        for (String instrumentId : List.of("untoc", "uncac")) {
            Optional<Declaration> declaration = instrument(instrumentId).stream()
                    .flatMap(i -> i.declarationsOf(state).stream())
                    .filter(d -> "languages".equals(d.subject()) && d.value() instanceof List<?>)
                    .findFirst();
            if (declaration.isPresent()) {
                List<String> languages = ((List<?>) declaration.get().value()).stream().map(String::valueOf).toList();
                return Optional.of(new SourcedValue<>(languages, declaration.get().provenance()));
            }
        }
        return Optional.empty();
    }

    /** The declarations a State made to any instrument, for example its UNTOC art. 18(14) languages. */
    public List<Declaration> declarationsOf(StateCode state) {
        return instruments.values().stream().flatMap(i -> i.declarationsOf(state).stream()).toList();
    }
}
