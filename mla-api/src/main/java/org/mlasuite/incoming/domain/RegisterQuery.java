package org.mlasuite.incoming.domain;

import org.mlasuite.drafting.domain.RequestType;

/** Filters for the register list; null means "any". {@code state} matches either the requesting or requested State. */
public record RegisterQuery(Direction direction, RegisterStatus status, String state, RequestType type, String assignee) {

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null);
    }

    public boolean matches(RegisterEntry e) {
        return (direction == null || e.direction() == direction)
                && (status == null || e.status() == status)
                && (state == null || state.equals(e.requestingState()) || state.equals(e.requestedState()))
                && (type == null || e.type() == type)
                && (assignee == null || assignee.equals(e.assignee()));
    }
}
