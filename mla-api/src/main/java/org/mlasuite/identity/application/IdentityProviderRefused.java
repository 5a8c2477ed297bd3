package org.mlasuite.identity.application;

/** The identity provider did not vouch for a user; the message is for the log and the audit trail, not the browser. */
public class IdentityProviderRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public IdentityProviderRefused(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the provider could not be reached at all, as opposed to answering no. */
    public boolean unreachable() {
        return unreachable;
    }
}
