package org.mlasuite.identity.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Login throttling per account: after {@value #MAX_FAILURES} failed attempts within {@link #WINDOW}, the account
 * refuses every login, right password or not, until {@link #LOCK} has passed. Counting per account (not per
 * address) stops password guessing spread over many addresses; the price is that anyone who knows a username
 * can lock it for 15 minutes, which SECURITY.md records.
 *
 * @param failures     failures counted in the current window
 * @param windowStart  when the first failure of the current window happened, or null
 * @param lockedUntil  the end of the lock, or null
 */
public record Lockout(int failures, LocalDateTime windowStart, LocalDateTime lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    public static Lockout none() {
        return new Lockout(0, null, null);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failure at {@code now}: a new window if the last one is over, a lock at the fifth. */
    public Lockout afterFailure(LocalDateTime now) {
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(WINDOW));
        int count = windowOpen ? failures + 1 : 1;
        LocalDateTime start = windowOpen ? windowStart : now;
        LocalDateTime lock = count >= MAX_FAILURES ? now.plus(LOCK) : lockedUntil;
        return new Lockout(count, start, lock);
    }
}
