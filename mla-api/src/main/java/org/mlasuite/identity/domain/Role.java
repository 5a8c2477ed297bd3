package org.mlasuite.identity.domain;

import org.mlasuite.shared.Coded;

/** What an account may do. An account may hold several roles. */
public enum Role implements Coded {
    /** Drafts requests and sees only their own. */
    PROSECUTOR("prosecutor"),
    /** Works for the central authority of one State and sees the requests that State sends or receives. */
    OFFICER("officer"),
    TRAINER("trainer"),
    TRAINEE("trainee"),
    /** Manages accounts and reads the audit trail; sees no case data by virtue of this role alone. */
    ADMINISTRATOR("administrator");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
