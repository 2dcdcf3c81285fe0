package org.marquee.core.order;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an order's link: HMAC-SHA256 of the order's id under the platform's link key,
 * URL-safe Base64 (43 characters). Whoever holds the link sees that one order and nothing else;
 * a changed signature, or another order's, does not match. The order's token is not used: only
 * its hash is stored, so a link cannot be made from it after the checkout.
 */
public final class OrderLinkSignature {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final byte[] key;

    public OrderLinkSignature(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("A link key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String sign(long orderId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(orderId));
    }

    /** Whether {@code signature} is this key's for the order; compared in constant time. */
    public boolean verifies(long orderId, String signature) {
        if (signature == null || !SHAPE.matcher(signature).matches()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(orderId), given);
    }

    private byte[] mac(long orderId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("order-link:v1:" + orderId).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }
}
