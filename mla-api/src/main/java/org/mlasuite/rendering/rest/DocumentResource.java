package org.mlasuite.rendering.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.rendering.application.DocumentService;

/** The letter of request of a stored request, as PDF/A-3b with the request JSON attached. */
@Path("requests/{id}/document.pdf")
public class DocumentResource {

    @Inject
    DraftingService drafting;

    @Inject
    DocumentService documents;

    @Context
    HttpServletRequest http;

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        DraftUser user = Callers.required(http).draftUser();
        Draft draft = drafting.get(id, user).orElseThrow(() -> new NotFoundException("No request " + id));
        byte[] pdf = documents.letterOfRequest(draft.document());
        drafting.rendered(draft, user);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"request-" + id + ".pdf\"")
                .header("ETag", "\"" + draft.version() + "\"")
                .build();
    }
}
