package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import java.util.List;
import org.mlasuite.shared.StateCode;

/**
 * What the data says two States can rest a request on, on a given day: the instruments both are bound by, the
 * requested State's declarations to them, its own sourced rules on treaties and reciprocity, and what follows.
 *
 * @param instruments  binding instruments both States are party to on the day, and non-binding schemes both take part in
 * @param declarations the requested State's declarations to those instruments that bear on the request
 * @param facts        the requested State's facts on treaty_required, untoc_as_legal_basis and reciprocity (known or unknown)
 * @param reciprocity  whether reciprocity is open as a fallback, as far as the data says
 * @param conclusions  what a practitioner should take from the above, most important first
 */
public record LegalBasis(StateCode requesting, StateCode requested, CooperationType type, LocalDate on,
        List<ApplicableInstrument> instruments, List<Declaration> declarations, List<Fact> facts,
        Reciprocity reciprocity, List<Conclusion> conclusions) {

    public LegalBasis {
        instruments = List.copyOf(instruments);
        declarations = List.copyOf(declarations);
        facts = List.copyOf(facts);
        conclusions = List.copyOf(conclusions);
    }

    /** Whether at least one binding instrument links the two States on the day. */
    public boolean treatyAvailable() {
        return instruments.stream().anyMatch(i -> i.instrument().binding());
    }

    /** An instrument that links the two States, with each one's consent. */
    public record ApplicableInstrument(Instrument instrument, Party requestingParty, Party requestedParty) {
    }

    /** Reciprocity as a fallback: yes, no or unknown, with the fact that says so. */
    public record Reciprocity(Availability availability, Fact fact) {
    }

    public enum Availability {
        AVAILABLE, NOT_AVAILABLE, UNKNOWN
    }

    /**
     * One conclusion, with a stable code for software and an English sentence for people.
     *
     * @param code for example {@code treaty-available}, {@code untoc-not-accepted-for-extradition},
     *             {@code no-basis-treaty-required}, {@code reciprocity-fallback}, {@code basis-unknown}
     */
    public record Conclusion(String code, String text) {
    }
}
