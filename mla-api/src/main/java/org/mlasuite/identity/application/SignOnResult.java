package org.mlasuite.identity.application;

import org.mlasuite.identity.domain.Account;

/** How a return from the identity provider ended. */
public sealed interface SignOnResult {

    /** The provider vouched for a user who has an enabled account here. */
    record SignedIn(Account account) implements SignOnResult {
    }

    /** No session: {@code reason} is what the browser is told, the detail went to the audit trail. */
    record Refused(Reason reason) implements SignOnResult {
    }

    /** Why a sign-on was refused, as a stable code the browser page explains in the user's language. */
    enum Reason {
        /** single sign-on is not configured */
        NOT_CONFIGURED("sso-off"),
        /** unknown, used or expired state, or another browser's */
        EXPIRED("sso-expired"),
        /** the user cancelled at the provider, or the provider reported an error */
        CANCELLED("sso-cancelled"),
        /** the code exchange or the ID token failed */
        REFUSED("sso-refused"),
        /** the provider could not be reached */
        UNREACHABLE("sso-unreachable"),
        /** verified user without an enabled account in the suite */
        NO_ACCOUNT("sso-no-account");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
