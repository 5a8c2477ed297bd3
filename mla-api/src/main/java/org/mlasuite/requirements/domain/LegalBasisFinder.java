package org.mlasuite.requirements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlasuite.requirements.domain.LegalBasis.ApplicableInstrument;
import org.mlasuite.requirements.domain.LegalBasis.Availability;
import org.mlasuite.requirements.domain.LegalBasis.Conclusion;
import org.mlasuite.requirements.domain.LegalBasis.Reciprocity;
import org.mlasuite.shared.StateCode;

/**
 * Finds the legal basis two States share for one kind of cooperation. It reasons only from the data: an instrument
 * counts when both States are recorded as bound on the day; a party list we know to be incomplete therefore yields
 * "not found", which the conclusions say, never "impossible".
 */
public final class LegalBasisFinder {

    /** Declaration subjects that matter to someone choosing or using a legal basis. */
    private static final Set<String> RELEVANT = Set.of("legal-basis", "central-authority", "languages", "nationals",
            "search-and-seizure", "channels", "penalty-threshold", "reservation");

    private final RequirementsCatalog catalog;

    public LegalBasisFinder(RequirementsCatalog catalog) {
        this.catalog = catalog;
    }

    public LegalBasis find(StateCode requesting, StateCode requested, CooperationType type, LocalDate on) {
        List<ApplicableInstrument> shared = catalog.instruments().stream()
                .filter(i -> i.cooperation().contains(type) && !"model".equals(i.kind()))
                .filter(i -> i.inForce() == null || !i.inForce().isAfter(on) || !i.binding())
                .flatMap(i -> link(i, requesting, requested, on).stream())
                .toList();
        List<Declaration> declarations = shared.stream()
                .flatMap(a -> a.instrument().declarationsOf(requested).stream())
                .filter(d -> RELEVANT.contains(d.subject()))
                .toList();
        RequirementProfile profile = catalog.state(requested).map(s -> s.requirements(type))
                .orElse(RequirementProfile.empty(type));
        Fact treatyRequired = profile.fact("treaty_required");
        Fact untocAccepted = profile.fact("untoc_as_legal_basis");
        Fact reciprocityFact = profile.fact("reciprocity");
        Reciprocity reciprocity = new Reciprocity(availability(reciprocityFact), reciprocityFact);
        List<Conclusion> conclusions = conclude(shared, declarations, type, treatyRequired, untocAccepted, reciprocity,
                requested);
        return new LegalBasis(requesting, requested, type, on, shared, declarations,
                List.of(treatyRequired, untocAccepted, reciprocityFact), reciprocity, conclusions);
    }

    private static Optional<ApplicableInstrument> link(Instrument instrument, StateCode a, StateCode b, LocalDate on) {
        Optional<Party> pa = instrument.party(a).filter(p -> p.boundOn(on));
        Optional<Party> pb = instrument.party(b).filter(p -> p.boundOn(on));
        return pa.isPresent() && pb.isPresent() ? Optional.of(new ApplicableInstrument(instrument, pa.get(), pb.get()))
                : Optional.empty();
    }

    private static Availability availability(Fact fact) {
        if (!fact.known()) {
            return Availability.UNKNOWN;
        }
        return fact.asBoolean().map(b -> b ? Availability.AVAILABLE : Availability.NOT_AVAILABLE)
                .orElse(Availability.UNKNOWN);
    }

    private List<Conclusion> conclude(List<ApplicableInstrument> shared, List<Declaration> declarations,
            CooperationType type, Fact treatyRequired, Fact untocAccepted, Reciprocity reciprocity, StateCode requested) {
        List<Conclusion> out = new ArrayList<>();
        List<ApplicableInstrument> binding = shared.stream().filter(a -> a.instrument().binding()).toList();
        boolean onlyUntocFamily = !binding.isEmpty() && binding.stream()
                .allMatch(a -> Set.of("untoc", "uncac", "untoc-tip", "untoc-som", "untoc-fa").contains(a.instrument().id()));
        if (!binding.isEmpty()) {
            out.add(new Conclusion("treaty-available", "Both States are recorded as bound by "
                    + String.join(", ", binding.stream().map(a -> a.instrument().shortName()).toList())
                    + ". Cite the most specific instrument first; the UN conventions apply only to the offences they cover."));
        }
        if (type == CooperationType.EXTRADITION && onlyUntocFamily) {
            untocForExtradition(out, declarations, treatyRequired, untocAccepted);
        }
        if (binding.isEmpty()) {
            boolean treatyNeeded = treatyRequired.known() && treatyRequired.asBoolean().orElse(false);
            if (treatyNeeded) {
                out.add(new Conclusion("no-basis-treaty-required", catalog.state(requested).map(s -> s.name("en")).orElse(requested.value())
                        + " requires a treaty for " + type.code() + " (" + statusWord(treatyRequired)
                        + ") and no instrument linking both States is recorded. Look for a bilateral treaty before sending."));
            } else if (reciprocity.availability() == Availability.AVAILABLE) {
                out.add(new Conclusion("reciprocity-fallback", "No instrument linking both States is recorded; the requested State "
                        + "can act on reciprocity (" + statusWord(reciprocity.fact()) + "). Give an assurance of reciprocity."));
            } else if (reciprocity.availability() == Availability.NOT_AVAILABLE) {
                out.add(new Conclusion("no-reciprocity", "No instrument linking both States is recorded and the requested State "
                        + "does not act on reciprocity (" + statusWord(reciprocity.fact()) + "). Look for a bilateral treaty."));
            } else {
                out.add(new Conclusion("basis-unknown", "No instrument linking both States is recorded and the data does not say "
                        + "whether the requested State acts without a treaty. Ask its central authority; offer reciprocity."));
            }
        }
        if (shared.stream().anyMatch(a -> !a.instrument().binding())) {
            out.add(new Conclusion("scheme", "A non-binding scheme also links both States ("
                    + String.join(", ", shared.stream().filter(a -> !a.instrument().binding()).map(a -> a.instrument().shortName()).toList())
                    + "); it guides practice but is not a treaty."));
        }
        return out;
    }

    private static void untocForExtradition(List<Conclusion> out, List<Declaration> declarations, Fact treatyRequired,
            Fact untocAccepted) {
        Optional<Boolean> accepted = untocAccepted.known() ? untocAccepted.asBoolean() : Optional.empty();
        boolean declaredBasis = declarations.stream().anyMatch(d -> "legal-basis".equals(d.subject())
                && "untoc".equals(d.instrumentId()));
        if (accepted.isPresent() && !accepted.get()) {
            out.add(new Conclusion("untoc-not-accepted-for-extradition", "The requested State does not take UNTOC as the legal "
                    + "basis for extradition (UNTOC art. 16(5); " + statusWord(untocAccepted) + "). Find a bilateral treaty."));
        } else if (accepted.orElse(false) || declaredBasis) {
            out.add(new Conclusion("untoc-accepted-for-extradition", "The requested State accepts UNTOC as a legal basis for "
                    + "extradition (UNTOC art. 16(4)-(5))."));
        } else if (treatyRequired.known() && treatyRequired.asBoolean().orElse(false)) {
            out.add(new Conclusion("untoc-basis-unknown", "The requested State makes extradition conditional on a treaty; "
                    + "the data does not record its UNTOC art. 16(5) notification. Confirm that it takes UNTOC as a basis."));
        }
    }

    private static String statusWord(Fact fact) {
        return fact.status() == FactStatus.VERIFIED ? "verified" : "unconfirmed: verify before relying on it";
    }
}
