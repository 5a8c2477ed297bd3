package org.mlasuite.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Five failures within 15 minutes lock an account for 15 minutes; slower failures never do. */
class LockoutTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 9, 0);

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        Lockout l = Lockout.none();
        for (int i = 0; i < 4; i++) {
            l = l.afterFailure(T0.plusMinutes(i));
            assertThat(l.lockedAt(T0.plusMinutes(i))).isFalse();
        }
        l = l.afterFailure(T0.plusMinutes(14));
        assertThat(l.failures()).isEqualTo(5);
        assertThat(l.lockedAt(T0.plusMinutes(14))).isTrue();
        assertThat(l.lockedAt(T0.plusMinutes(28))).isTrue();
        assertThat(l.lockedAt(T0.plusMinutes(29))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowStartANewCount() {
        Lockout l = Lockout.none();
        for (int i = 0; i < 10; i++) {
            l = l.afterFailure(T0.plusMinutes(4L * i));
        }
        // four failures per 16 minutes: the window restarts before the fifth
        assertThat(l.lockedAt(T0.plusMinutes(36))).isFalse();
        assertThat(l.failures()).isLessThan(Lockout.MAX_FAILURES);
    }
}
