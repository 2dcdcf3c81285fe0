package org.marquee.core.waitingroom;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed admission a waiting room gives a visitor whose turn came:
 * {@code <session>.<expires, epoch seconds>.<signature>}, the signature an HMAC-SHA256 under the
 * platform's waiting-room key of the session, the expiry and the visitor's queue ticket. Any node
 * checks it without the database, and only together with the ticket it was given for: an
 * admission copied to another browser, for another session or past its time does not verify.
 */
public final class Admission {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    private final byte[] key;

    public Admission(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("A waiting-room key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** The admission of the visitor holding {@code ticket} to the session until {@code expires}. */
    public String sign(long sessionId, String ticket, Instant expires) {
        long seconds = expires.getEpochSecond();
        return sessionId + "." + seconds + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(sessionId, ticket, seconds));
    }

    /** Whether {@code admission} is this key's, for this session and ticket, and not run out at {@code now}. */
    public boolean verifies(String admission, long sessionId, String ticket, Instant now) {
        if (admission == null || ticket == null) {
            return false;
        }
        Matcher parts = SHAPE.matcher(admission);
        if (!parts.matches() || Long.parseLong(parts.group(1)) != sessionId) {
            return false;
        }
        long seconds = Long.parseLong(parts.group(2));
        if (!now.isBefore(Instant.ofEpochSecond(seconds))) {
            return false;
        }
        byte[] given = Base64.getUrlDecoder().decode(parts.group(3));
        return MessageDigest.isEqual(mac(sessionId, ticket, seconds), given);
    }

    /** The hash a ticket is stored under: SHA-256, hexadecimal. */
    static String hash(String ticket) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private byte[] mac(long sessionId, String ticket, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("waiting-room:v1:" + sessionId + ":" + expires + ":" + hash(ticket))
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }
}
