package org.mlasuite.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.domain.Account;

/**
 * The one authentication mechanism of the suite (Jakarta Security), run by the container before every request:
 * <ul>
 * <li>{@code Authorization: Basic} (username and password) or {@code Authorization: Bearer mla_...} (personal API
 * token) for API clients: validated by the identity store on every request, no session created;</li>
 * <li>otherwise the browser session started by {@code POST /api/session}.</li>
 * </ul>
 * It never writes a response itself: refused credentials are noted on the request and {@link AccessFilter}
 * answers with problem details, so that every refusal looks the same and carries the security headers. The
 * caller stays anonymous then; anonymous callers reach only {@link Public} resources.
 */
@ApplicationScoped
public class SuiteAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return fromHeader(authorization.trim(), request, context);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : Sessions.username(session);
        if (username != null) {
            Optional<Account> account = accounts.active(username);
            if (account.isPresent()) {
                return login(request, context, account.get(), Channel.SESSION);
            }
            // disabled or gone since the login: the session ends now
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus fromHeader(String authorization, HttpServletRequest request, HttpMessageContext context) {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String value = space < 0 ? "" : authorization.substring(space + 1).trim();
        CredentialValidationResult result;
        String username = null;
        Channel channel;
        if ("Basic".equalsIgnoreCase(scheme)) {
            String[] pair = basic(value);
            if (pair == null) {
                return refuse(request, context, "The Basic credentials are not Base64 of username:password.");
            }
            username = pair[0];
            result = identityStores.validate(new UsernamePasswordCredential(pair[0], pair[1]));
            channel = Channel.BASIC;
        } else if ("Bearer".equalsIgnoreCase(scheme)) {
            result = identityStores.validate(new ApiTokenCredential(value));
            channel = Channel.TOKEN;
        } else {
            return refuse(request, context, "Use the Basic or Bearer authentication scheme.");
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            Optional<Account> account = accounts.active(result.getCallerPrincipal().getName());
            if (account.isPresent()) {
                return login(request, context, account.get(), channel);
            }
        }
        if (username != null) {
            var locked = accounts.lockedUntil(username);
            if (locked.isPresent()) {
                Callers.refused(request, new Callers.Failure("Too many failed logins for this account.", locked.get()));
                return context.doNothing();
            }
        }
        return refuse(request, context, channel == Channel.TOKEN ? "The API token is unknown, expired or revoked."
                : "The username or password is wrong.");
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Account account,
            Channel channel) {
        Callers.authenticated(request, new Caller(account, channel));
        return context.notifyContainerAboutLogin(account.username(), AccountIdentityStore.groups(account));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String detail) {
        Callers.refused(request, new Callers.Failure(detail, null));
        return context.doNothing();
    }

    /** username and password of a Basic header value, or null when it is not one. */
    static String[] basic(String value) {
        try {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
