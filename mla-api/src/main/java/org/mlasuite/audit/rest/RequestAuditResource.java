package org.mlasuite.audit.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.AuditPage;
import org.mlasuite.audit.domain.AuditQuery;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.platform.security.Callers;

/**
 * The trail of one stored request, for those who may read the request. A root resource of its own, like the
 * stored checks: JAX-RS matches only the best root resource.
 */
@Path("requests/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class RequestAuditResource {

    @Inject
    AuditLog audit;

    @Inject
    DraftingService drafting;

    @Context
    HttpServletRequest http;

    @GET
    public AuditPage find(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        drafting.get(id, Callers.required(http).draftUser()).orElseThrow(() -> new NotFoundException("No request " + id));
        return audit.find(new AuditQuery("request", id, null, Pages.number("page", page, 0, 100_000),
                Pages.number("size", size, 1, Pages.MAX_SIZE)));
    }
}
