package org.mlasuite.checking.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.mlasuite.checking.application.CheckReport;
import org.mlasuite.checking.application.CheckingService;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.security.Callers;

/**
 * Findings on a stored request. A root resource of its own: JAX-RS matches only the best root resource, so this
 * path cannot live beside the others under a shorter root.
 */
@Path("requests/{id}/checks")
@Produces(MediaType.APPLICATION_JSON)
public class StoredChecksResource {

    @Inject
    CheckingService checking;

    @Inject
    DraftingService drafting;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest http;

    @GET
    public CheckReport check(@PathParam("id") String id, @QueryParam("lang") String lang) {
        RequestDocument document = drafting.get(id, Callers.required(http).draftUser()).orElseThrow(() -> new NotFoundException("No request " + id)).document();
        return checking.check(document, ChecksResource.locale(lang, headers));
    }
}
