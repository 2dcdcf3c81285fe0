package org.marquee.core.checkin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;

/**
 * What a ticket's QR code says: {@code MQ1} and, in base32, a version byte, the ticket id and its
 * session id (8 bytes each, big-endian) and the Ed25519 signature of those 17 bytes with the
 * event's key (64 bytes): 133 characters, all in the QR alphanumeric set. A device holding the
 * event's public key verifies it, and tells a ticket of another session, without a network.
 * Ed25519 signatures are deterministic, so a ticket's code never changes and is not stored.
 */
public record TicketCode(long ticketId, long sessionId, byte[] signature) {

    public static final String PREFIX = "MQ1";
    private static final byte VERSION = 1;
    private static final int SIGNED_LENGTH = 17;
    private static final int SIGNATURE_LENGTH = 64;

    /** The signed code of a ticket. */
    public static String sign(long ticketId, long sessionId, PrivateKey eventKey) {
        byte[] signed = signed(ticketId, sessionId);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(eventKey);
            ed25519.update(signed);
            byte[] signature = ed25519.sign();
            return PREFIX
                    + Base32.encode(ByteBuffer.allocate(SIGNED_LENGTH + SIGNATURE_LENGTH)
                            .put(signed)
                            .put(signature)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a ticket", e);
        }
    }

    /** The code's parts, or empty when it is not a ticket code of this form (nothing verified yet). */
    public static Optional<TicketCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || trimmed.length() > 200) {
            return Optional.empty();
        }
        byte[] bytes = Base32.decode(trimmed.substring(PREFIX.length()));
        if (bytes == null || bytes.length != SIGNED_LENGTH + SIGNATURE_LENGTH || bytes[0] != VERSION) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.get();
        long ticketId = buffer.getLong();
        long sessionId = buffer.getLong();
        byte[] signature = new byte[SIGNATURE_LENGTH];
        buffer.get(signature);
        return Optional.of(new TicketCode(ticketId, sessionId, signature));
    }

    /** Whether the event's key signed exactly this ticket id and session id. */
    public boolean verifies(PublicKey eventKey) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(eventKey);
            ed25519.update(signed(ticketId, sessionId));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] signed(long ticketId, long sessionId) {
        return ByteBuffer.allocate(SIGNED_LENGTH)
                .put(VERSION)
                .putLong(ticketId)
                .putLong(sessionId)
                .array();
    }
}
