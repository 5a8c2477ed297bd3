package org.mlasuite.identity.application;

import java.net.URI;

/**
 * An institution's identity provider, as single sign-on needs it: where to send the browser, and afterwards which
 * user the provider vouches for. The suite still decides what that user may do, from its own account of the same
 * username.
 */
public interface IdentityProvider {

    /** The name shown on the sign-in button, such as the institution's or the provider's. */
    String name();

    /** The provider's address for this login, carrying its state, nonce and PKCE challenge. */
    URI authorization(PendingLogin login, URI redirectUri);

    /**
     * Exchanges the code for tokens and returns the username of the verified ID token.
     *
     * @throws IdentityProviderRefused when the provider cannot be reached, refuses the code, or its token does not
     *                                 verify (signature, issuer, audience, expiry, nonce) or lacks the username
     */
    String username(String code, PendingLogin login, URI redirectUri);
}
