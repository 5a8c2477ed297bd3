package org.mlasuite.identity.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * An account as the rest of the suite sees it: no password hash, no lockout counters.
 *
 * @param stateCode the State (ISO 3166-1 alpha-3) whose central authority an officer serves; null otherwise
 */
public record Account(String id, String username, String displayName, Set<Role> roles, String stateCode,
        boolean enabled, LocalDateTime created) {

    public Account {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Every role except administrator works on case data; an administrator-only account manages accounts. */
    public boolean maySeeCaseData() {
        return roles.stream().anyMatch(r -> r != Role.ADMINISTRATOR);
    }

    /** The State an officer serves, only when the account really is an officer of one. */
    public String officerOf() {
        return has(Role.OFFICER) ? stateCode : null;
    }
}
