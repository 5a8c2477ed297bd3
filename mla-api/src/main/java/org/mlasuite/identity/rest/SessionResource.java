package org.mlasuite.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mlasuite.audit.domain.AuditEntry;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.Outcome;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.application.LoginResult;
import org.mlasuite.identity.application.Secrets;
import org.mlasuite.platform.rest.Problem;
import org.mlasuite.platform.rest.Problems;
import org.mlasuite.platform.security.Caller;
import org.mlasuite.platform.security.Callers;
import org.mlasuite.platform.security.Channel;
import org.mlasuite.platform.security.Public;
import org.mlasuite.platform.security.Sessions;

/**
 * The browser's login: {@code POST /api/session} with JSON credentials starts a cookie session (HttpOnly,
 * SameSite=Strict, Secure over HTTPS, 30 minutes idle) and returns the CSRF token that every unsafe request of
 * the session must carry; {@code GET} tells who is logged in; {@code DELETE} logs out.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    AccountService accounts;

    @Inject
    Secrets secrets;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @POST
    @Public
    public Response login(Bodies.Login body) {
        Inputs.check(validator, body);
        LoginResult result = accounts.login(body.username(), body.password().toCharArray());
        if (result instanceof LoginResult.Valid valid) {
            String csrf = secrets.newSecret();
            Sessions.start(http, valid.account().username(), csrf);
            audit.record(AuditEntry.about(valid.account().username(), "session.login", "account", valid.account().username(),
                    Outcome.SUCCESS));
            return Response.ok(new Bodies.SessionView(Bodies.AccountView.of(valid.account()), csrf)).build();
        }
        if (result instanceof LoginResult.Locked locked) {
            return locked(locked);
        }
        // no WWW-Authenticate here: this is a form-style login, and a challenge would make browsers open their own dialog
        return Problems.response(401, "login-failed", "Login failed", "The username or password is wrong.");
    }

    private static Response locked(LoginResult.Locked locked) {
        long seconds = Math.max(1, Duration.between(LocalDateTime.now(ZoneOffset.UTC), locked.until()).toSeconds());
        return Response.fromResponse(Problems.response(429, "account-locked", "Too many failed logins",
                "This account is locked after repeated failed logins; try again in " + ((seconds + 59) / 60)
                        + " minute(s), or ask an administrator.")).header("Retry-After", Long.toString(seconds)).build();
    }

    @GET
    public Bodies.SessionView current() {
        Caller caller = Callers.required(http);
        return new Bodies.SessionView(Bodies.AccountView.of(caller.account()),
                caller.channel() == Channel.SESSION ? Sessions.csrfToken(http) : null);
    }

    /**
     * The caller changes their own password, giving the current one. A wrong current password is a failed login
     * (it counts towards the lock). The session goes on; API tokens stay valid (revoke them under /api/tokens).
     */
    @PUT
    @Path("password")
    public Response changePassword(Bodies.PasswordChange body) {
        Caller caller = Callers.required(http);
        Inputs.check(validator, body);
        LoginResult result = accounts.changePassword(caller.username(), body.currentPassword().toCharArray(),
                body.newPassword().toCharArray());
        if (result instanceof LoginResult.Valid) {
            return Response.noContent().build();
        }
        if (result instanceof LoginResult.Locked locked) {
            return locked(locked);
        }
        throw new BadInput(List.of(new Problem.FieldError("currentPassword", "The current password is wrong.")));
    }

    @DELETE
    public Response logout() {
        Caller caller = Callers.required(http);
        if (Sessions.end(http)) {
            audit.record(AuditEntry.about(caller.username(), "session.logout", "account", caller.username(), Outcome.SUCCESS));
        }
        return Response.noContent().build();
    }
}
