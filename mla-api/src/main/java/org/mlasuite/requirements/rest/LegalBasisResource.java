package org.mlasuite.requirements.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.platform.security.Public;
import org.mlasuite.requirements.application.RequirementsService;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.LegalBasis;
import org.mlasuite.requirements.domain.LegalBasisFinder;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.shared.Coded;

/**
 * {@code GET /api/legal-basis?requesting=X&requested=Y&type=mla&date=YYYY-MM-DD}: the instruments both States are
 * bound by, the requested State's declarations, and reciprocity when no instrument applies. Public reference data.
 */
@Public
@Path("legal-basis")
@Produces(MediaType.APPLICATION_JSON)
public class LegalBasisResource {

    @Inject
    RequirementsService requirements;

    @GET
    public Map<String, Object> find(@QueryParam("requesting") String requesting, @QueryParam("requested") String requested,
            @QueryParam("type") String type, @QueryParam("date") String date) {
        RequirementsCatalog catalog = requirements.catalog();
        var from = StatesResource.findParameter(catalog, "requesting", requesting);
        var to = StatesResource.findParameter(catalog, "requested", requested);
        if (type == null || type.isBlank()) {
            throw new BadParameter("type", "Say which kind of cooperation: extradition, mla or confiscation.");
        }
        CooperationType cooperation = Coded.byCode(CooperationType.class, type.trim())
                .orElseThrow(() -> new BadParameter("type", "Unknown cooperation type '" + type + "'; use extradition, mla or confiscation."));
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameter("date", "The date must be written as YYYY-MM-DD, for example 2026-11-28.");
        }
        LegalBasis basis = new LegalBasisFinder(catalog).find(from.code(), to.code(), cooperation, on);
        return view(basis, catalog);
    }

    private static Map<String, Object> view(LegalBasis basis, RequirementsCatalog catalog) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("requesting", basis.requesting().value());
        view.put("requested", basis.requested().value());
        view.put("type", basis.type().code());
        view.put("date", basis.on().toString());
        view.put("treatyAvailable", basis.treatyAvailable());
        view.put("instruments", basis.instruments().stream().map(a -> {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", a.instrument().id());
            i.put("title", a.instrument().title());
            i.put("short", a.instrument().shortName());
            i.put("binding", a.instrument().binding());
            i.put("requestingParty", party(a.requestingParty(), catalog));
            i.put("requestedParty", party(a.requestedParty(), catalog));
            i.put("citation", catalog.cite(a.instrument().sourceId(), ""));
            return i;
        }).toList());
        view.put("declarations", basis.declarations().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instrument", d.instrumentId());
            m.put("article", d.article());
            m.put("subject", d.subject());
            m.put("value", d.value());
            m.put("note", d.note());
            m.put("status", d.provenance().status());
            m.put("citation", catalog.cite(d.provenance()));
            return m;
        }).toList());
        view.put("requestedStateFacts", basis.facts().stream().map(f -> FactView.of(f, catalog)).toList());
        view.put("reciprocity", Map.of("availability", basis.reciprocity().availability().name().toLowerCase(java.util.Locale.ROOT)));
        view.put("conclusions", basis.conclusions());
        return view;
    }

    private static Map<String, Object> party(org.mlasuite.requirements.domain.Party p, RequirementsCatalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", p.date() == null ? null : p.date().toString());
        m.put("inForce", p.inForce() == null ? null : p.inForce().toString());
        m.put("status", p.provenance() == null ? null : p.provenance().status());
        m.put("citation", p.provenance() == null ? null : catalog.cite(p.provenance()));
        return m;
    }
}
