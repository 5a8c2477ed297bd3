package org.mlasuite.incoming.domain;

import java.util.Objects;

/**
 * An officer of one State's central authority, and what the register lets them see: the requests addressed to
 * their State (incoming) and the requests their State sent (outgoing). Nothing else, administrators included.
 */
public record DeskUser(String username, String stateCode) {

    public DeskUser {
        Objects.requireNonNull(username);
        Objects.requireNonNull(stateCode, "An officer serves one State's central authority.");
    }

    public boolean mayRead(RegisterEntry entry) {
        return entry.direction() == Direction.INCOMING ? stateCode.equals(entry.requestedState())
                : stateCode.equals(entry.requestingState());
    }
}
