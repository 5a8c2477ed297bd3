package org.mlasuite.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;

/**
 * The hand-over between the authentication mechanism, which runs before JAX-RS, and the resources: request
 * attributes, which live exactly as long as the request and cannot be set by the client.
 */
public final class Callers {

    static final String CALLER = Caller.class.getName();
    static final String FAILURE = Callers.class.getName() + ".failure";

    /** Why credentials presented with this request were refused. */
    public record Failure(String detail, LocalDateTime lockedUntil) {
    }

    private Callers() {
    }

    /** The authenticated caller, or null for an anonymous request. */
    public static Caller current(HttpServletRequest request) {
        return (Caller) request.getAttribute(CALLER);
    }

    /** The caller; {@link AccessFilter} has already refused anonymous requests to non-public resources. */
    public static Caller required(HttpServletRequest request) {
        Caller caller = current(request);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on a resource that needs one");
        }
        return caller;
    }

    static void authenticated(HttpServletRequest request, Caller caller) {
        request.setAttribute(CALLER, caller);
    }

    static void refused(HttpServletRequest request, Failure failure) {
        request.setAttribute(FAILURE, failure);
    }

    static Failure failure(HttpServletRequest request) {
        return (Failure) request.getAttribute(FAILURE);
    }
}
