package org.marquee.core.checkin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the events' private ticket keys for the database with AES-256-GCM under the key of
 * {@code MARQUEE_TICKET_KEY} (32 bytes, base64), the event id bound as associated data. Without
 * that variable only the demo and the tests ({@code MARQUEE_DEMO=true}) may sign, with a fixed
 * key derived from a public text: anyone could unseal those keys, which is fine for demo data and
 * never for real tickets; production refuses to sign ({@link TicketKeyMissing}).
 */
public final class TicketKeySealing {

    public static final String VARIABLE = "MARQUEE_TICKET_KEY";
    private static final Logger LOG = Logger.getLogger(TicketKeySealing.class.getName());
    private static final String DEMO_SEED = "marquee demo ticket key: not a secret";
    private static final int IV_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    TicketKeySealing(SecretKey key) {
        this.key = key;
    }

    /** From the environment; empty when there is no key and this is not the demo. */
    static Optional<TicketKeySealing> from(Function<String, String> env) {
        String configured = env.apply(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(VARIABLE + " is not base64");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(VARIABLE + " must be 32 bytes (base64), not " + bytes.length);
            }
            return Optional.of(new TicketKeySealing(new SecretKeySpec(bytes, "AES")));
        }
        boolean demo = Boolean.parseBoolean(env.apply("MARQUEE_DEMO")) || Boolean.getBoolean("marquee.demo");
        if (!demo) {
            return Optional.empty();
        }
        LOG.warning("No " + VARIABLE + ": ticket keys are sealed with the demo's public key (demo and tests only)");
        return Optional.of(new TicketKeySealing(demoKey()));
    }

    private static SecretKey demoKey() {
        try {
            byte[] bytes = MessageDigest.getInstance("SHA-256").digest(DEMO_SEED.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(long eventId, byte[] plain) {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad(eventId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_LENGTH + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a ticket key", e);
        }
    }

    /** The plain key; fails when the sealed bytes were made under another key or for another event. */
    byte[] unseal(long eventId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_LENGTH));
            cipher.updateAAD(aad(eventId));
            return cipher.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The ticket key of event " + eventId + " does not open with " + VARIABLE + " (changed?)", e);
        }
    }

    private static byte[] aad(long eventId) {
        return ("event-ticket-key:" + eventId).getBytes(StandardCharsets.UTF_8);
    }
}
