package org.marquee.core.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The keys that sign links (HMAC): from the environment variable that names one, or, where it is
 * not set (the demo, a developer's machine), a random key made once and kept in the database, so
 * every node signs and checks alike and links survive a restart. Production sets the variable:
 * then the database holds no key, and changing the variable voids every link signed before.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningKeys {

    /** Shortest key taken from the environment: 32 characters. */
    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The key named {@code name}: the variable's value if set, else the stored one. */
    public byte[] key(String name, String variable) {
        byte[] cached = KEYS.get(name);
        if (cached != null) {
            return cached.clone();
        }
        byte[] key = fromEnvironment(variable, System::getenv).orElseGet(() -> stored(name, variable));
        KEYS.put(name, key);
        return key.clone();
    }

    static java.util.Optional<byte[]> fromEnvironment(String variable, Function<String, String> environment) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        if (value.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException(variable + " must be at least " + MIN_LENGTH + " characters long");
        }
        return java.util.Optional.of(value.strip().getBytes(StandardCharsets.UTF_8));
    }

    private byte[] stored(String name, String variable) {
        List<String> found = read(name);
        if (found.isEmpty()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            try {
                em.createNativeQuery("insert into signing_key (name, secret, created_at) values (?, ?, ?)")
                        .setParameter(1, name)
                        .setParameter(2, Base64.getEncoder().encodeToString(random))
                        .setParameter(3, SqlValues.at(clock.instant()))
                        .executeUpdate();
                em.flush();
                LOG.warning(() -> "No " + variable + ": links are signed with a key kept in the database");
                return random;
            } catch (PersistenceException anotherNodeWasFirst) {
                throw new KeyRace(name);
            }
        }
        return Base64.getDecoder().decode(found.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<String> read(String name) {
        return em.createNativeQuery("select secret from signing_key where name = ?")
                .setParameter(1, name)
                .getResultList();
    }

    /** Another node stored the key at the same moment: asking again reads theirs. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class KeyRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyRace(String name) {
            super("Signing key " + name + " was created by another node meanwhile; ask again");
        }
    }
}
