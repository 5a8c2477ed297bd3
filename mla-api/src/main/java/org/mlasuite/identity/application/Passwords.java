package org.mlasuite.identity.application;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2WithHmacSHA256: {@value #ITERATIONS} iterations (OWASP's Password
 * Storage Cheat Sheet figure since 2023; about 0.13 s of one core on the 2-core development machine; every HTTP
 * Basic request pays it, which is why API clients should use tokens), a 16-byte random salt per password and a
 * 32-byte key. The encoded form carries its own
 * iteration count, so the count can be raised later and old hashes upgraded at the next login
 * ({@link #needsRehash}).
 *
 * <p>Encoded form: {@code pbkdf2-sha256$<iterations>$<salt, Base64>$<key, Base64>}.
 */
public final class Passwords {

    public static final int ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random;
    private final int iterations;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String decoy;

    public Passwords(SecureRandom random) {
        this(random, ITERATIONS);
    }

    Passwords(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
        this.decoy = hash("decoy password never matched".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public boolean matches(char[] password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(derive(password, salt, n), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification without any account, so an unknown username is not faster. */
    public void burn(char[] password) {
        matches(password, decoy);
    }

    public boolean needsRehash(String encoded) {
        String[] parts = encoded.split("\\$");
        return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
