package org.mlasuite.identity.rest;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.application.FirstAdministrator;
import org.mlasuite.platform.rest.Problems;
import org.mlasuite.platform.security.Public;

/** Creates the first administrator with the one-time setup token from the server log; closed once one exists. */
@Path("setup")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetupResource {

    @Inject
    FirstAdministrator first;

    @Inject
    AccountService accounts;

    @Inject
    Validator validator;

    @POST
    public Response setUp(Bodies.Setup body) {
        Inputs.check(validator, body);
        if (accounts.anyAdministrator()) {
            return Problems.response(409, "setup-closed", "Setup is closed",
                    "An administrator exists; accounts are created by administrators at /api/admin/users.");
        }
        return first.setUp(body.setupToken(), body.username(), body.password().toCharArray())
                .map(a -> Response.status(201).entity(Bodies.AccountView.of(a)).build())
                .orElseGet(() -> Problems.response(403, "setup-token", "Wrong setup token",
                        "The setup token is wrong or used; the valid one is in the log of this server's last start."));
    }
}
