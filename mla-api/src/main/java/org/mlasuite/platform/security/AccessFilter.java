package org.mlasuite.platform.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.mlasuite.identity.application.Secrets;
import org.mlasuite.platform.rest.Problems;

/**
 * Who may reach a resource at all, decided once for every API call after the mechanism ran:
 * <ol>
 * <li>credentials were presented and refused: 401, or 429 while the account is locked (even for public
 * resources: a client with a wrong password should learn it, not silently be treated as anonymous);</li>
 * <li>anonymous caller, resource not {@link Public}: 401 with a {@code WWW-Authenticate} challenge;</li>
 * <li>browser session and an unsafe method: the session's CSRF token must come back in {@value Sessions#CSRF_HEADER}
 * (synchronizer token), or 403. A cross-site page can make the browser send the cookie, never read the token.</li>
 * </ol>
 * Which objects a caller may see is decided further in, by the use cases (404 for what is not theirs).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    public static final String CHALLENGE = "Basic realm=\"MLA suite\", Bearer realm=\"MLA suite\"";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Callers.Failure failure = Callers.failure(request);
        if (failure != null) {
            context.abortWith(failure.lockedUntil() == null ? unauthorized(failure.detail(), context) : locked(failure.lockedUntil()));
            return;
        }
        Caller caller = Callers.current(request);
        if (caller == null) {
            if (!isPublic(resource)) {
                context.abortWith(unauthorized("Log in: HTTP Basic, a personal API token (Authorization: Bearer), "
                        + "or a browser session from POST /api/session.", context));
            }
            return;
        }
        if (caller.channel() == Channel.SESSION && !SAFE.contains(context.getMethod())
                && !Secrets.same(Sessions.csrfToken(request), context.getHeaderString(Sessions.CSRF_HEADER))) {
            context.abortWith(Problems.response(403, "csrf-token", "CSRF token missing or wrong",
                    "A change made with a browser session must carry the session's CSRF token in the "
                            + Sessions.CSRF_HEADER + " header (it is returned by POST /api/session and GET /api/session)."));
        }
    }

    static boolean isPublic(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                        || resource.getResourceClass().isAnnotationPresent(Public.class));
    }

    /**
     * 401 with a challenge. Scripts of the browser UI mark their calls with X-Requested-With and get only the
     * Bearer challenge, because a Basic challenge would make the browser open its own password dialog.
     */
    static Response unauthorized(String detail, ContainerRequestContext context) {
        String challenge = context.getHeaderString("X-Requested-With") == null ? CHALLENGE : "Bearer realm=\"MLA suite\"";
        return Response.fromResponse(Problems.response(401, "unauthorized", "Authentication required", detail))
                .header("WWW-Authenticate", challenge).build();
    }

    private static Response locked(LocalDateTime until) {
        long seconds = Math.max(1, Duration.between(LocalDateTime.now(ZoneOffset.UTC), until).toSeconds());
        return Response.fromResponse(Problems.response(429, "account-locked", "Too many failed logins",
                "This account is locked after repeated failed logins; try again in " + ((seconds + 59) / 60)
                        + " minute(s), or ask an administrator."))
                .header("Retry-After", Long.toString(seconds)).build();
    }
}
