package org.marquee.core.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the textual form Jakarta Security's {@code Pbkdf2PasswordHash}
 * uses ({@code algorithm:iterations:salt:hash}, Base64), so stored hashes stay readable by it.
 * The cost follows OWASP's advice for PBKDF2-HMAC-SHA512; hashes with fewer iterations still
 * verify and report that they need a rehash.
 */
public final class PasswordHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash of a password no one knows, verified against when the user does not exist. */
    private static final String DECOY = hash("decoy-" + System.nanoTime());

    private PasswordHash() {}

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ALGORITHM, ITERATIONS, salt, derive(ALGORITHM, password, salt, ITERATIONS, KEY_BITS));
    }

    public static boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real check, so a missing account cannot be told by timing. */
    public static void verifyDecoy(String password) {
        verify(password == null ? "" : password, DECOY);
    }

    public static boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    private static String format(String algorithm, int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int keyBits) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalArgumentException("Unsupported password hash " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
