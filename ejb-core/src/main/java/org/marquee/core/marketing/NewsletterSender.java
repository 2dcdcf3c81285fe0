package org.marquee.core.marketing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.marquee.core.notify.Outbox;

/**
 * Enqueues the due batches of newsletters being sent. One batch is one transaction holding the
 * newsletter's row lock, so two nodes never enqueue the same batch; the dedupe key per newsletter
 * and subscriber makes a repeated batch harmless anyway. Each batch reads the subscribers
 * confirmed at that moment: an address that left meanwhile receives nothing.
 */
@Stateless
@PermitAll
public class NewsletterSender {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NewsletterSettings settings;

    @EJB
    private Outbox outbox;

    /** The newsletters with a batch due now. */
    public List<Long> due() {
        return em.createQuery(
                        "select n.id from Newsletter n where n.status = org.marquee.core.marketing.NewsletterStatus.SENDING"
                                + " and n.nextBatchAt <= :now order by n.nextBatchAt",
                        Long.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Enqueues the newsletter's next batch if one is due; answers how many messages it queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendBatch(long newsletterId) {
        Newsletter newsletter = em.find(Newsletter.class, newsletterId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (newsletter == null || !newsletter.batchDue(now)) {
            return 0;
        }
        List<NewsletterSubscriber> batch = em.createQuery(
                        "select s from NewsletterSubscriber s where s.status = org.marquee.core.marketing.SubscriberStatus.CONFIRMED"
                                + " and s.id > :after order by s.id",
                        NewsletterSubscriber.class)
                .setParameter("after", newsletter.cursorId())
                .setMaxResults(newsletter.batchSize())
                .getResultList();
        int queued = 0;
        long last = newsletter.cursorId();
        for (NewsletterSubscriber subscriber : batch) {
            if (NewsletterMail.newsletter(outbox, newsletter, subscriber, settings)) {
                queued++;
            }
            last = subscriber.id();
        }
        newsletter.batchEnqueued(queued, last, batch.size() < newsletter.batchSize(), now);
        return queued;
    }
}
