package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlasuite.shared.StateCode;

/** A treaty, protocol, scheme or model treaty, with its parties and their declarations. */
public record Instrument(String id, String title, String shortName, String kind, String parent, LocalDate adopted,
        LocalDate inForce, boolean binding, Set<CooperationType> cooperation, String sourceId, String note,
        String coverage, List<Party> parties, List<Declaration> declarations) {

    public Instrument {
        cooperation = Set.copyOf(cooperation);
        parties = List.copyOf(parties);
        declarations = List.copyOf(declarations);
    }

    public Optional<Party> party(StateCode state) {
        return parties.stream().filter(p -> p.state().equals(state)).findFirst();
    }

    public boolean bindsOn(StateCode state, LocalDate day) {
        return binding && (inForce == null || !inForce.isAfter(day)) && party(state).map(p -> p.boundOn(day)).orElse(false);
    }

    public List<Declaration> declarationsOf(StateCode state) {
        return declarations.stream().filter(d -> d.state().equals(state)).toList();
    }
}
