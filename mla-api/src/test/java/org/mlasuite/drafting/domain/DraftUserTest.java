package org.mlasuite.drafting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.mlasuite.testing.TestData;

/** Who may read and change a draft: the owner; officers of either State read only; nobody else. */
class DraftUserTest {

    /** France asks Australia (the first sample). */
    private final Draft draft = new Draft("d1", 1, LocalDateTime.now(), LocalDateTime.now(),
            TestData.sample("mla-fra-aus-laundering"), "alice");

    @Test
    void theOwnerReadsAndChanges() {
        DraftUser alice = new DraftUser("alice", null);
        assertThat(alice.mayRead(draft)).isTrue();
        assertThat(alice.mayChange(draft)).isTrue();
    }

    @Test
    void anotherProsecutorNeither() {
        DraftUser bob = new DraftUser("bob", null);
        assertThat(bob.mayRead(draft)).isFalse();
        assertThat(bob.mayChange(draft)).isFalse();
    }

    @Test
    void officersOfTheRequestingOrRequestedStateReadButDoNotChange() {
        assertThat(new DraftUser("paris", "FRA").mayRead(draft)).isTrue();
        assertThat(new DraftUser("canberra", "AUS").mayRead(draft)).isTrue();
        assertThat(new DraftUser("canberra", "AUS").mayChange(draft)).isFalse();
        assertThat(new DraftUser("berlin", "DEU").mayRead(draft)).isFalse();
    }

    @Test
    void aDraftWithoutOwnerIsNobodys() {
        Draft orphan = new Draft("d0", 1, LocalDateTime.now(), LocalDateTime.now(), draft.document(), null);
        assertThat(new DraftUser("alice", null).mayRead(orphan)).isFalse();
    }
}
