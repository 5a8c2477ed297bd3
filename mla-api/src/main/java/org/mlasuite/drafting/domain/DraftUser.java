package org.mlasuite.drafting.domain;

import java.util.Objects;

/**
 * Who asks for drafts, as far as the drafting rules are concerned, and those rules. Kept deliberately simple:
 * <ul>
 * <li>the owner (the account that created a draft) may read and change it;</li>
 * <li>an officer of a State's central authority may read (not change) every draft whose requesting or requested
 * State is that State;</li>
 * <li>no one else may read it, administrators included: a draft holds case data.</li>
 * </ul>
 *
 * @param username           the account name
 * @param centralAuthorityOf the State (alpha-3) whose central authority the user serves as an officer, or null
 */
public record DraftUser(String username, String centralAuthorityOf) {

    public DraftUser {
        Objects.requireNonNull(username);
    }

    public boolean mayRead(Draft draft) {
        return owns(draft) || (centralAuthorityOf != null && (centralAuthorityOf.equals(draft.document().requestingState())
                || centralAuthorityOf.equals(draft.document().requestedState())));
    }

    public boolean mayChange(Draft draft) {
        return owns(draft);
    }

    private boolean owns(Draft draft) {
        return username.equals(draft.owner());
    }
}
