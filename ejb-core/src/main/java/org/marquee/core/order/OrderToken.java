package org.marquee.core.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets the buyer of an order, guest or logged in, act on it: 32 random bytes,
 * given once when the order starts. Only its SHA-256 is stored, so the database alone does not
 * let anyone act on an order; a lookup compares hashes inside the query that changes the order.
 */
public final class OrderToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    // MessageDigest.getInstance looks the provider up on every call; every claim hashes a token.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    });

    private OrderToken() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; a missing token hashes to something no order has. */
    public static String hash(String token) {
        if (token == null) {
            return "-".repeat(64);
        }
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
