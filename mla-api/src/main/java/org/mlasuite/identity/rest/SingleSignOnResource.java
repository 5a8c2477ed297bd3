package org.mlasuite.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlasuite.identity.application.IdentityProviderRefused;
import org.mlasuite.identity.application.Secrets;
import org.mlasuite.identity.application.SignOnResult;
import org.mlasuite.identity.application.SingleSignOn;
import org.mlasuite.platform.security.Public;
import org.mlasuite.platform.security.Sessions;

/**
 * Browser sign-in through the institution's OpenID Connect provider, when one is configured:
 * {@code GET /api/session/sso} says whether it is and under which name; {@code GET login} sends the browser to the
 * provider; the provider sends it back to {@code GET callback}, which starts the same cookie session as
 * {@code POST /api/session} and returns the browser to the workspace. Failures return it to the workspace too, with
 * {@code ?sso-error=<code>} that the page explains; the details are in the audit trail, not in the address bar.
 * Public as a whole: these are the steps of a sign-in, taken before there is anyone to authorize.
 */
@Path("session/sso")
@Public
public class SingleSignOnResource {

    /** Holds the secret that binds a pending login to the browser that started it. */
    static final String COOKIE = "MLA_SSO";

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    Secrets secrets;

    @Inject
    @ConfigProperty(name = "mla.oidc.redirect-uri")
    Optional<String> configuredRedirect;

    @Context
    HttpServletRequest http;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uri;

    public record Availability(boolean enabled, String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Availability availability() {
        return new Availability(singleSignOn.providerName().isPresent(), singleSignOn.providerName().orElse(null));
    }

    @GET
    @Path("login")
    public Response login() {
        Optional<SingleSignOn.Departure> departure;
        try {
            departure = singleSignOn.begin(redirectUri());
        } catch (IdentityProviderRefused e) {
            return back(SignOnResult.Reason.UNREACHABLE.code());
        }
        if (departure.isEmpty()) {
            return back(singleSignOn.providerName().isPresent() ? SignOnResult.Reason.UNREACHABLE.code()
                    : SignOnResult.Reason.NOT_CONFIGURED.code());
        }
        bindingCookie(departure.get().browserSecret(), SingleSignOn.VALIDITY.toSeconds());
        return Response.seeOther(departure.get().authorization()).build();
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
            @QueryParam("error") String error, @CookieParam(COOKIE) String browserSecret) {
        SignOnResult result = singleSignOn.complete(state, code, error, browserSecret, redirectUri());
        if (result instanceof SignOnResult.SignedIn signedIn) {
            Sessions.start(http, signedIn.account().username(), secrets.newSecret());
            bindingCookie("", 0);
            return Response.seeOther(home(null)).build();
        }
        return back(((SignOnResult.Refused) result).reason().code());
    }

    private Response back(String errorCode) {
        bindingCookie("", 0);
        return Response.seeOther(home(errorCode)).build();
    }

    /** The workspace's address, as a path so that the browser stays on the host it used. */
    private URI home(String errorCode) {
        String root = http.getContextPath() + "/";
        return URI.create(errorCode == null ? root : root + "?sso-error=" + errorCode);
    }

    private URI redirectUri() {
        return configuredRedirect.map(String::trim).filter(s -> !s.isEmpty()).map(URI::create)
                .orElseGet(() -> uri.getBaseUriBuilder().path("session/sso/callback").build());
    }

    /**
     * SameSite=Lax, unlike the session cookie (Strict): the browser comes back from the provider's site by a
     * top-level GET, which carries Lax cookies and not Strict ones. The cookie only binds the login to this browser;
     * it opens nothing by itself. Written on the servlet response, not through JAX-RS: Jersey sets its Set-Cookie
     * header in place of the container's, which would drop the session cookie that the callback has just created.
     */
    private void bindingCookie(String value, long maxAge) {
        response.addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=" + uri.getBaseUri().getPath() + "session/sso"
                + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (http.isSecure() ? "; Secure" : ""));
    }
}
