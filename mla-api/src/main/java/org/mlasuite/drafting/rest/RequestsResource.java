package org.mlasuite.drafting.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mlasuite.drafting.application.DraftingService;
import org.mlasuite.drafting.domain.Draft;
import org.mlasuite.drafting.domain.DraftPage;
import org.mlasuite.drafting.domain.DraftUser;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.platform.rest.BadParameter;
import org.mlasuite.platform.security.Callers;

/**
 * Stored requests: create, read, replace, delete, list; each for the authenticated caller, who sees only the
 * drafts the drafting rules let them read ({@link DraftUser}); any other id is answered 404.
 */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    DraftingService drafting;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    @POST
    public Response create(RequestDocument document) {
        Draft draft = drafting.create(document, user());
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id()).build())
                .tag(Versions.tag(draft.version())).entity(DraftView.of(draft)).build();
    }

    @GET
    public DraftPage list(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int p = number("page", page, 0, Integer.MAX_VALUE / DraftingService.MAX_PAGE_SIZE);
        int s = number("size", size, 1, DraftingService.MAX_PAGE_SIZE);
        return drafting.list(p, s, user());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Draft draft = find(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(Versions.tag(draft.version()));
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(DraftView.of(draft)).tag(Versions.tag(draft.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, RequestDocument document) {
        long expected = Versions.required(ifMatch);
        Draft draft = drafting.replace(id, expected, document, user()).orElseThrow(() -> notFound(id));
        return Response.ok(DraftView.of(draft)).tag(Versions.tag(draft.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        long expected = Versions.required(ifMatch);
        if (!drafting.delete(id, expected, user())) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    Draft find(String id) {
        return drafting.get(id, user()).orElseThrow(() -> notFound(id));
    }

    private DraftUser user() {
        return Callers.required(http).draftUser();
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("No request " + id);
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameter(name, "'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
}
