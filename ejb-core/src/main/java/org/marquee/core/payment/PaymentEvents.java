package org.marquee.core.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The webhook events as they arrived, each stored once by its provider's event id. */
@Stateless
public class PaymentEvents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Stores the event in a transaction of its own, unless its id is stored already (then false, or true again when
     * its handling failed before).
     * Two deliveries of one event racing here cannot both commit: the second fails on the unique
     * key, which its caller takes as "stored already".
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(Provider provider, WebhookEvent event, String payload) {
        PaymentEventRecord stored = find(provider, event.eventId());
        if (stored != null) {
            return stored.retry();
        }
        em.persist(new PaymentEventRecord(provider, event, payload, clock.instant()));
        em.flush();
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outcome(Provider provider, String eventId, String outcome, Long orderId) {
        PaymentEventRecord record = find(provider, eventId);
        if (record != null) {
            record.outcome(outcome, orderId);
        }
    }

    public boolean stored(Provider provider, String eventId) {
        return find(provider, eventId) != null;
    }

    public List<PaymentEventRecord> ofOrder(long orderId) {
        return em.createQuery(
                        "select e from PaymentEventRecord e where e.orderId = :order order by e.receivedAt, e.id",
                        PaymentEventRecord.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private PaymentEventRecord find(Provider provider, String eventId) {
        return em.createQuery(
                        "select e from PaymentEventRecord e where e.provider = :provider and e.eventId = :id",
                        PaymentEventRecord.class)
                .setParameter("provider", provider)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
