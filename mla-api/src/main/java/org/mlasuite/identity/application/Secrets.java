package org.mlasuite.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.mlasuite.audit.domain.Fingerprint;

/**
 * High-entropy random secrets (API tokens, the setup token, CSRF tokens): 32 bytes from a SecureRandom,
 * URL-safe Base64. Such a secret cannot be guessed, so a plain SHA-256 is enough to store it (a slow hash
 * protects low-entropy passwords, not 256-bit random values) and lets the server find a token by its hash.
 */
public final class Secrets {

    /** Marks our API tokens, so that secret scanners and people can recognise a leaked one. */
    public static final String TOKEN_PREFIX = "mla_";
    private static final int BYTES = 32;

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    public String newSecret() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newToken() {
        return TOKEN_PREFIX + newSecret();
    }

    public static String hash(String secret) {
        return Fingerprint.sha256(secret);
    }

    /** Constant-time comparison, so that the time taken does not tell how much of a guess was right. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
