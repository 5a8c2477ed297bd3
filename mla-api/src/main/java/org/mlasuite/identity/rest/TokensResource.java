package org.mlasuite.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlasuite.identity.application.TokenService;
import org.mlasuite.platform.security.Caller;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.platform.security.Channel;
import org.mlasuite.platform.security.Forbidden;

/** The caller's own personal API tokens: list, create (the secret is shown once), revoke. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    TokenService tokens;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    public List<Bodies.TokenView> list() {
        return tokens.of(Callers.required(http).username()).stream().map(Bodies.TokenView::of).toList();
    }

    @POST
    public Response create(Bodies.NewToken body) {
        Caller caller = Callers.required(http);
        Inputs.check(validator, body);
        if (caller.channel() == Channel.TOKEN) {
            // a stolen token must not be able to outlive its own expiry or revocation by minting a successor
            throw new Forbidden("A token cannot create tokens; log in with your password (Basic or session).");
        }
        TokenService.Issued issued = tokens.issue(caller.username(), body.name(),
                body.days() == null ? TokenService.DEFAULT_DAYS : body.days());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id()).build())
                .entity(new Bodies.IssuedTokenView(issued.token().id(), issued.token().name(), issued.token().expires(),
                        issued.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        if (!tokens.revoke(Callers.required(http).username(), id)) {
            throw new NotFoundException("No token " + id);
        }
        return Response.noContent().build();
    }
}
