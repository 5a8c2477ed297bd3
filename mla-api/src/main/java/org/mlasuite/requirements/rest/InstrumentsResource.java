package org.mlasuite.requirements.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.mlasuite.requirements.application.RequirementsService;
import org.mlasuite.requirements.domain.Instrument;
import org.mlasuite.platform.security.Public;

/** The instruments, with how complete their party lists are. Public reference data. */
@Public
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    @Inject
    RequirementsService requirements;

    @GET
    public List<Map<String, Object>> list() {
        return requirements.catalog().instruments().stream().map(InstrumentsResource::view).toList();
    }

    private static Map<String, Object> view(Instrument i) {
        return Map.of("id", i.id(), "title", i.title(), "short", i.shortName(), "kind", i.kind(), "binding", i.binding(),
                "cooperation", i.cooperation(), "parties", i.parties().size(), "declarations", i.declarations().size(),
                "coverage", i.coverage() == null ? "" : i.coverage());
    }
}
