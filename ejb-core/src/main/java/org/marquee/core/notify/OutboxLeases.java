package org.marquee.core.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The dispatcher's short transactions, each committed on its own so that no transaction stays
 * open while a mail server is talked to: claim due messages under a lease, then record what
 * became of each.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLeases {

    /** Longer than a batch can take to send; a run that gets near its end stops and releases the rest. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /**
     * Due, pending and not leased by a live run. Rows another node is claiming at this moment are
     * locked, and skipped rather than waited for; once claimed, their lease keeps them apart.
     * Runs on PostgreSQL and on H2.
     */
    static final String CLAIM_SQL = "select id from outbox_message"
            + " where status = 'PENDING' and next_attempt_at <= ?1 and (leased_until is null or leased_until <= ?2)"
            + " order by next_attempt_at, id limit ?3 for update skip locked";

    private static final Logger LOG = Logger.getLogger(OutboxLeases.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutboxSettings settings;

    /** Up to {@code limit} due messages, leased to {@code owner}. */
    public List<OutboxMessage> claim(String owner, int limit) {
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Long> ids = ((List<?>) em.createNativeQuery(CLAIM_SQL)
                        .setParameter(1, at)
                        .setParameter(2, at)
                        .setParameter(3, limit)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OutboxMessage> claimed = em.createQuery(
                        "select m from OutboxMessage m where m.id in :ids order by m.nextAttemptAt, m.id",
                        OutboxMessage.class)
                .setParameter("ids", ids)
                .getResultList();
        Instant until = now.plus(LEASE);
        claimed.forEach(message -> message.lease(owner, until));
        return claimed;
    }

    public void recordSent(long id, String owner) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            return;
        }
        if (!message.isLeasedBy(owner)) {
            LOG.warning(() -> "Outbox message " + id + " was sent after its lease had run out");
        }
        if (!message.markSent(clock.instant())) {
            LOG.warning(() -> "Outbox message " + id + " was sent twice: its lease had run out");
        }
    }

    public void recordFailure(long id, String owner, String error, boolean permanent) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.status() != OutboxStatus.PENDING || !message.isLeasedBy(owner)) {
            // Another run holds it now (ours ran out); that run records its own attempt.
            return;
        }
        message.failAttempt(error, permanent, settings.retryPolicy(), clock.instant());
        if (message.status() == OutboxStatus.FAILED) {
            LOG.warning(() -> "Outbox message " + id + " to " + message.recipient() + " failed after "
                    + message.attempts() + " attempts: " + error);
        } else {
            LOG.info(() -> "Outbox message " + id + " not sent (attempt " + message.attempts() + "), next at "
                    + message.nextAttemptAt() + ": " + error);
        }
    }

    /** Messages a run claimed but did not get to go back to the queue at once. */
    public void release(List<Long> ids, String owner) {
        for (long id : ids) {
            OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (message != null && message.isLeasedBy(owner)) {
                message.releaseLease();
            }
        }
    }
}
