package org.marquee.core.checkin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The ticket key pair of each event, made the first time one of its tickets is signed and kept
 * for good (codes on printed tickets must keep verifying). Public keys are cached: the door
 * verifies every scan with one. Private keys are unsealed when a code is signed (the PDF, the
 * pass) and cached too; without {@code MARQUEE_TICKET_KEY} outside the demo nothing is signed.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventKeys {

    private static final Logger LOG = Logger.getLogger(EventKeys.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private EventKeyStore store;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<Long, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private Optional<TicketKeySealing> sealing;

    @PostConstruct
    void init() {
        sealing = TicketKeySealing.from(System::getenv);
        if (sealing.isEmpty()) {
            LOG.severe("No " + TicketKeySealing.VARIABLE + ": tickets are issued but no ticket code can be signed"
                    + " (no ticket PDF, no Wallet pass) until it is set. See docs/operations.md.");
        }
    }

    /** The event's public key, or empty when none of its tickets was ever signed. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PublicKey> publicKey(long eventId) {
        PublicKey cached = publicKeys.get(eventId);
        if (cached != null) {
            return Optional.of(cached);
        }
        EventTicketKey stored = em.find(EventTicketKey.class, eventId);
        if (stored == null) {
            return Optional.empty();
        }
        PublicKey key = decodePublic(stored.publicKey());
        publicKeys.put(eventId, key);
        return Optional.of(key);
    }

    /** The event's public key, made now if it has none yet (for the door's offline list). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PublicKey publicKeyMadeIfMissing(long eventId) {
        return publicKey(eventId).orElseGet(() -> {
            privateKey(eventId);
            return publicKey(eventId).orElseThrow();
        });
    }

    /** The event's private key, the pair made now if it has none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PrivateKey privateKey(long eventId) {
        PrivateKey cached = privateKeys.get(eventId);
        if (cached != null) {
            return cached;
        }
        TicketKeySealing seal = sealing.orElseThrow(TicketKeyMissing::new);
        EventTicketKey stored = em.find(EventTicketKey.class, eventId);
        if (stored == null) {
            // One maker per node; a race between nodes is settled by the primary key.
            synchronized (this) {
                stored = store.find(eventId).orElseGet(() -> create(eventId, seal));
            }
        }
        PrivateKey key = decodePrivate(seal.unseal(eventId, stored.sealedPrivateKey()));
        privateKeys.put(eventId, key);
        return key;
    }

    /** A new pair, stored in its own transaction; another node's pair made at the same time wins. */
    private EventTicketKey create(long eventId, TicketKeySealing seal) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Instant now = clock.instant();
            byte[] sealed = seal.seal(eventId, pair.getPrivate().getEncoded());
            store.insert(new EventTicketKey(eventId, pair.getPublic().getEncoded(), sealed, now));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No Ed25519 in this Java", e);
        } catch (RuntimeException raced) {
            LOG.fine(() -> "Ticket key of event " + eventId + " made elsewhere first: " + raced);
        }
        return store.find(eventId).orElseThrow(() -> new IllegalStateException("No ticket key for event " + eventId));
    }

    static PublicKey decodePublic(byte[] encoded) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an Ed25519 public key", e);
        }
    }

    private static PrivateKey decodePrivate(byte[] encoded) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an Ed25519 private key", e);
        }
    }
}
