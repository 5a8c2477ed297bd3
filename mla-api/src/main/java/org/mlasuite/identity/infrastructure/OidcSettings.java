package org.mlasuite.identity.infrastructure;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where and how to reach the institution's OpenID Connect provider ({@code mla.oidc.*}, or {@code MLA_OIDC_*} in the
 * environment; README "Single sign-on"). The redirect URI is the HTTP layer's to know ({@code SingleSignOnResource}).
 *
 * @param issuer        the provider's issuer URL; its discovery document is read from
 *                      {@code <issuer>/.well-known/openid-configuration}
 * @param clientSecret  null for a public client (PKCE alone)
 * @param usernameClaim the ID token claim that holds the username of the suite's account
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String usernameClaim,
        List<String> scopes, String displayName, String signingAlgorithm) {

    public OidcSettings {
        if (issuer == null || issuer.getHost() == null) {
            throw new IllegalArgumentException("mla.oidc.issuer must be an absolute URL");
        }
        // tokens and keys over plain HTTP could be altered on the way; loopback is allowed for development and tests
        if (!"https".equalsIgnoreCase(issuer.getScheme()) && !loopback(issuer.getHost())) {
            throw new IllegalArgumentException("mla.oidc.issuer must use https (plain http only on localhost)");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("mla.oidc.client-id is required when mla.oidc.issuer is set");
        }
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        if (!scopes.contains("openid")) {
            throw new IllegalArgumentException("mla.oidc.scopes must include openid");
        }
        displayName = displayName == null || displayName.isBlank() ? issuer.getHost() : displayName;
        signingAlgorithm = signingAlgorithm == null || signingAlgorithm.isBlank() ? "RS256" : signingAlgorithm;
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }
}
