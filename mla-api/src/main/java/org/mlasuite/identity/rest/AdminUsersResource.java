package org.mlasuite.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.platform.security.Callers;

/** Account administration, for administrators only: list, create, read, change roles, State and enabled. */
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

    @Inject
    AccountService accounts;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    public List<Bodies.AccountView> list() {
        admin();
        return accounts.all().stream().map(Bodies.AccountView::of).toList();
    }

    @POST
    public Response create(Bodies.NewAccount body) {
        String actor = admin();
        Inputs.check(validator, body);
        Account created = accounts.create(actor, body.username(), body.displayName(), body.password().toCharArray(),
                Inputs.roles(body.roles()), body.stateCode());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(Bodies.AccountView.of(created)).build();
    }

    @GET
    @Path("{username}")
    public Bodies.AccountView get(@PathParam("username") String username) {
        admin();
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().map(Bodies.AccountView::of)
                .orElseThrow(() -> new NotFoundException("No account " + username));
    }

    @PUT
    @Path("{username}")
    public Bodies.AccountView change(@PathParam("username") String username, Bodies.AccountChange body) {
        String actor = admin();
        Inputs.check(validator, body);
        return accounts.update(actor, username, Inputs.roles(body.roles()), body.stateCode(), body.enabled())
                .map(Bodies.AccountView::of).orElseThrow(() -> new NotFoundException("No account " + username));
    }

    /** Sets a new password for a user who lost theirs (and lifts a lock); the user should change it at once. */
    @PUT
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, Bodies.PasswordReset body) {
        String actor = admin();
        Inputs.check(validator, body);
        accounts.resetPassword(actor, username, body.password().toCharArray())
                .orElseThrow(() -> new NotFoundException("No account " + username));
        return Response.noContent().build();
    }

    private String admin() {
        return Callers.required(http).require(Role.ADMINISTRATOR).username();
    }
}
