package org.mlasuite.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import org.mlasuite.identity.application.IdentityProvider;
import org.mlasuite.identity.application.IdentityProviderRefused;
import org.mlasuite.identity.application.PendingLogin;

/**
 * An OpenID Connect provider reached with the Connect2id SDK: discovery, the authorization code flow with PKCE
 * (S256), the code exchange at the token endpoint, and ID token validation against the provider's published keys
 * (signature, issuer, audience, expiry, nonce). The discovery document is read at the first login, not at start,
 * so that a provider outage never stops the suite from starting; a failed read is tried again at the next login.
 */
public final class OidcProvider implements IdentityProvider {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int MAX_KEY_SET_BYTES = 512 * 1024;

    private final OidcSettings settings;
    private volatile Discovered discovered;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OidcProvider(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.displayName();
    }

    @Override
    public URI authorization(PendingLogin login, URI redirectUri) {
        OIDCProviderMetadata metadata = discovered().metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(login.state()))
                .nonce(new Nonce(login.nonce()))
                .codeChallenge(new CodeVerifier(login.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    @Override
    public String username(String code, PendingLogin login, URI redirectUri) {
        Discovered provider = discovered();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                new CodeVerifier(login.codeVerifier()));
        ClientID client = new ClientID(settings.clientId());
        URI tokenEndpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = settings.clientSecret() == null
                ? new TokenRequest(tokenEndpoint, client, grant)
                : new TokenRequest(tokenEndpoint, new ClientSecretBasic(client, new Secret(settings.clientSecret())), grant);
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new IdentityProviderRefused("token endpoint unreachable: " + e.getMessage(), true, e);
        } catch (ParseException e) {
            throw new IdentityProviderRefused("token endpoint answer not understood: " + e.getMessage(), false, e);
        }
        if (!response.indicatesSuccess()) {
            throw new IdentityProviderRefused("token endpoint refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode(), false, null);
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new IdentityProviderRefused("the token response has no ID token", false, null);
        }
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(login.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new IdentityProviderRefused("ID token refused: " + e.getMessage(), false, e);
        }
        String username = claims.getStringClaim(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new IdentityProviderRefused("the ID token has no " + settings.usernameClaim() + " claim", false, null);
        }
        return username;
    }

    private Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    private Discovered discover() {
        Issuer issuer = new Issuer(settings.issuer());
        OIDCProviderMetadata metadata;
        try {
            // the SDK checks that the document names the same issuer it was read from
            metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        } catch (IOException e) {
            throw new IdentityProviderRefused("discovery document unreachable: " + e.getMessage(), true, e);
        } catch (GeneralException e) {
            throw new IdentityProviderRefused("discovery document refused: " + e.getMessage(), true, e);
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
            throw new IdentityProviderRefused("the discovery document lacks jwks_uri or token_endpoint", true, null);
        }
        try {
            IDTokenValidator validator = new IDTokenValidator(issuer, new ClientID(settings.clientId()),
                    JWSAlgorithm.parse(settings.signingAlgorithm()), metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, MAX_KEY_SET_BYTES));
            return new Discovered(metadata, validator);
        } catch (IOException e) {
            throw new IdentityProviderRefused("jwks_uri is not a URL: " + e.getMessage(), true, e);
        }
    }
}
