package org.mlasuite.audit.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.mlasuite.audit.domain.AuditLog;
import org.mlasuite.audit.domain.AuditPage;
import org.mlasuite.audit.domain.AuditQuery;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.platform.security.Callers;

/** The audit trail for administrators, newest first, filtered by object ({@code objectType}, {@code objectId}) or actor. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest http;

    @GET
    public AuditPage find(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("actor") String actor, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        Callers.required(http).require(Role.ADMINISTRATOR);
        return audit.find(new AuditQuery(blankToNull(objectType), blankToNull(objectId), blankToNull(actor),
                Pages.number("page", page, 0, 100_000), Pages.number("size", size, 1, Pages.MAX_SIZE)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
