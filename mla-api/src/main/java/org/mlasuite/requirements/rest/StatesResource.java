package org.mlasuite.requirements.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.requirements.application.RequirementsService;
import org.mlasuite.requirements.domain.CooperationType;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.requirements.domain.RequirementProfile;
import org.mlasuite.requirements.domain.RequirementsCatalog;
import org.mlasuite.requirements.domain.StateProfile;
import org.mlasuite.shared.Coded;
import org.mlasuite.shared.StateCode;
import org.mlasuite.platform.security.Public;

/** The States and their requirement profiles, with citations. Public reference data. */
@Public
@Path("states")
@Produces(MediaType.APPLICATION_JSON)
public class StatesResource {

    @Inject
    RequirementsService requirements;

    @GET
    public List<StateSummary> list(@QueryParam("name") String name, @QueryParam("region") String region,
            @QueryParam("instrument") String instrument) {
        RequirementsCatalog catalog = requirements.catalog();
        String needle = name == null ? null : name.toLowerCase(Locale.ROOT);
        return catalog.states().stream()
                .filter(s -> needle == null || s.names().values().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))
                        || s.code().value().equalsIgnoreCase(name))
                .filter(s -> region == null || s.region().equalsIgnoreCase(region))
                .filter(s -> instrument == null || catalog.instrument(instrument).flatMap(i -> i.party(s.code())).isPresent())
                .map(s -> summary(s, catalog))
                .toList();
    }

    @GET
    @Path("{code}")
    public Map<String, Object> state(@PathParam("code") String code) {
        RequirementsCatalog catalog = requirements.catalog();
        StateProfile state = find(catalog, code);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("summary", summary(state, catalog));
        Map<String, Object> types = new LinkedHashMap<>();
        for (CooperationType type : CooperationType.values()) {
            types.put(type.code(), profile(state.requirements(type), catalog));
        }
        view.put("requirements", types);
        view.put("declarations", catalog.declarationsOf(state.code()).stream().map(d -> Map.of(
                "instrument", d.instrumentId(), "article", d.article(), "subject", d.subject(),
                "value", d.value() == null ? "" : d.value(), "note", d.note(), "status", d.provenance().status(),
                "citation", catalog.cite(d.provenance()))).toList());
        return view;
    }

    @GET
    @Path("{code}/requirements/{type}")
    public List<FactView> requirements(@PathParam("code") String code, @PathParam("type") String type) {
        RequirementsCatalog catalog = requirements.catalog();
        CooperationType cooperation = Coded.byCode(CooperationType.class, type)
                .orElseThrow(() -> new NotFoundException("No cooperation type " + type + "; use extradition, mla or confiscation."));
        return profile(find(catalog, code).requirements(cooperation), catalog);
    }

    static List<FactView> profile(RequirementProfile profile, RequirementsCatalog catalog) {
        return profile.facts().stream().map(f -> FactView.of(f, catalog)).toList();
    }

    static StateSummary summary(StateProfile s, RequirementsCatalog catalog) {
        LocalDate today = LocalDate.now();
        return new StateSummary(s.code().value(), s.alpha2(), s.names(), s.region(), s.unMember(),
                catalog.instruments().stream().filter(i -> i.party(s.code()).map(p -> p.boundOn(today)).orElse(false))
                        .map(Instrument::id).toList());
    }

    /** A State named in a query parameter: a 400 naming the parameter when it is missing or unknown. */
    static StateProfile findParameter(RequirementsCatalog catalog, String parameter, String code) {
        if (code == null || code.isBlank()) {
            throw new BadParameter(parameter, "Name the " + parameter + " State by its ISO 3166-1 code, for example FRA or FR.");
        }
        try {
            return find(catalog, code);
        } catch (NotFoundException e) {
            throw new BadParameter(parameter, "No State with the code '" + code + "'; use an ISO 3166-1 alpha-3 or alpha-2 code.");
        }
    }

    /** By ISO 3166-1 alpha-3 or alpha-2 code, in any letter case. */
    static StateProfile find(RequirementsCatalog catalog, String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return catalog.states().stream().filter(s -> upper.equals(s.alpha2())).findFirst()
                    .orElseThrow(() -> new NotFoundException("No State " + code));
        }
        try {
            return catalog.state(new StateCode(upper)).orElseThrow(() -> new NotFoundException("No State " + code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No State " + code);
        }
    }
}
