package org.mlasuite.requirements.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mlasuite.platform.security.Public;
import org.mlasuite.requirements.application.RequirementsService;
import org.mlasuite.requirements.domain.Coverage;

/** How much the data knows per State: the figures of legal-requirements/COVERAGE.md. Public reference data. */
@Public
@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    RequirementsService requirements;

    @GET
    public Coverage coverage() {
        return requirements.coverage();
    }
}
