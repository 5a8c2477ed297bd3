package org.mlasuite.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Password hashing: the real PBKDF2 parameters, per-password salt, constant format, upgrade path. */
class PasswordsTest {

    private final Passwords passwords = new Passwords(new SecureRandom());

    @Test
    void hashesWithPbkdf2Sha256AtLeast210000IterationsAndA16ByteSalt() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(hash).doesNotContain("correct horse battery");
    }

    @Test
    void theSamePasswordGetsADifferentSaltAndHashEachTime() {
        String a = passwords.hash("correct horse battery".toCharArray());
        String b = passwords.hash("correct horse battery".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        assertThat(passwords.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(passwords.matches("correct horse batterx".toCharArray(), hash)).isFalse();
        assertThat(passwords.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void aTamperedOrForeignHashNeverMatches() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        String[] parts = hash.split("\\$");
        assertThat(passwords.matches("correct horse battery".toCharArray(), "pbkdf2-sha256$1000$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(passwords.matches("correct horse battery".toCharArray(), "md5$" + parts[1] + "$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(passwords.matches("correct horse battery".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(passwords.matches("correct horse battery".toCharArray(), null)).isFalse();
        assertThat(passwords.matches("correct horse battery".toCharArray(), "correct horse battery")).isFalse();
    }

    @Test
    void aHashWithFewerIterationsIsVerifiedAndMarkedForUpgrade() {
        Passwords old = new Passwords(new SecureRandom(), 1_000);
        String weak = old.hash("correct horse battery".toCharArray());
        assertThat(passwords.matches("correct horse battery".toCharArray(), weak)).isTrue();
        assertThat(passwords.needsRehash(weak)).isTrue();
        assertThat(passwords.needsRehash(passwords.hash("x".toCharArray()))).isFalse();
    }
}
