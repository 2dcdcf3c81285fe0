package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.catalog.SessionPlace;
import org.marquee.core.platform.SqlValues;

/**
 * The reminder texts the day before a session: every PAID order of a session that starts within
 * the next {@link #AHEAD} gets one, if it was paid before that window opened (a buyer who pays
 * the evening before has the confirmation). Safe on any number of nodes at once: each run locks
 * the orders it handles ({@code for update skip locked}: rows another node is handling are
 * skipped, not waited for) and marks them reminded in the same transaction; the outbox's dedupe
 * key would refuse a second reminder of an order all the same.
 */
@Stateless
public class SessionReminders {

    /** How long before its start a session's buyers are reminded. */
    static final Duration AHEAD = Duration.ofHours(24);

    /** Orders handled in one transaction; the next run takes the rest. */
    static final int BATCH = 200;

    static final String DUE = "select id from event_session_order where status = 'PAID' and buyer_id is not null"
            + " and reminded_at is null and paid_at < ? and session_id = ? order by id limit ? for update skip locked";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionOffers offers;

    @EJB
    private OrderTexts texts;

    /** Queues the reminders that are due, at most {@link #BATCH} per session; answers how many were queued. */
    public int remindDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (long sessionId : offers.startingBetween(now, now.plus(AHEAD))) {
            SessionPlace place = offers.place(sessionId);
            for (EventSessionOrder order : due(sessionId, place.startsAt().minus(AHEAD))) {
                if (texts.reminder(order, place)) {
                    queued++;
                }
                order.markReminded(now);
            }
        }
        return queued;
    }

    private List<EventSessionOrder> due(long sessionId, Instant paidBefore) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE)
                .setParameter(1, SqlValues.at(paidBefore))
                .setParameter(2, sessionId)
                .setParameter(3, BATCH)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(EventSessionOrder.class, SqlValues.number(id)))
                .toList();
    }
}
