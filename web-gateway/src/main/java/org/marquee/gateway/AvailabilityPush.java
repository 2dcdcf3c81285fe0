package org.marquee.gateway;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.AvailabilityChangedElsewhere;
import org.marquee.core.inventory.SeatAvailability;
import org.marquee.core.inventory.SectionAvailability;
import org.marquee.core.inventory.SessionAvailability;
import org.marquee.web.json.JsonViews;

/**
 * Pushes every committed change of availability (a claim, a release, the sweeper freeing an
 * expired order; on this node, or on another one as the shared channel tells) to the session's
 * open pages on this node. It observes after the transaction succeeded, so a claim that rolled
 * back is never pushed. Changes of a session are gathered for {@link #WINDOW_MILLIS}, then one
 * message carries the union of the changed seats and fresh counts of all sections, read then and
 * off the request thread: a burst of claims costs one read per window, not one per claim.
 * Message: {@code {"seats":[{"id":1,"state":"HELD"}],"sections":[{"id":2,"free":40,"capacity":50}]}}.
 */
@ApplicationScoped
public class AvailabilityPush {

    /** How long changes of a session gather before a push: well within the second a page may lag. */
    static final long WINDOW_MILLIS = 150;

    /** More changed seats than this, and the message carries all the session's seats (one query either way). */
    static final int MOST_SEATS_LISTED = 500;

    private static final Logger LOG = Logger.getLogger(AvailabilityPush.class.getName());

    @EJB
    private Availability availability;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<Long, SessionChanges> gathering = new ConcurrentHashMap<>();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
        gather(change.sessionId(), change.seatIds(), false);
    }

    void changedElsewhere(@Observes AvailabilityChangedElsewhere change) {
        gather(change.sessionId(), change.seatIds(), change.wholeSession());
    }

    private void gather(long sessionId, Collection<Long> seatIds, boolean wholeSession) {
        if (!AvailabilityFeed.hasListeners(sessionId)) {
            return;
        }
        boolean[] schedule = new boolean[1];
        SessionChanges changes = gathering.compute(sessionId, (id, gathered) -> {
            SessionChanges session = gathered == null ? new SessionChanges() : gathered;
            schedule[0] = session.add(seatIds, wholeSession);
            return session;
        });
        if (schedule[0]) {
            try {
                scheduler.schedule(() -> push(sessionId, changes), WINDOW_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.FINE, "Not pushing while the application stops", e);
            }
        }
    }

    private void push(long sessionId, SessionChanges changes) {
        try {
            // A change that comes while this push reads waits for the next push, which reads
            // after this one has sent: a page never ends on an older state than the database's.
            synchronized (changes.sending) {
                SessionChanges.Batch batch = changes.take();
                if (AvailabilityFeed.hasListeners(sessionId)) {
                    AvailabilityFeed.send(sessionId, message(sessionId, batch));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push availability of session " + sessionId, e);
        } finally {
            gathering.computeIfPresent(
                    sessionId, (id, gathered) -> gathered == changes && gathered.idle() ? null : gathered);
        }
    }

    private String message(long sessionId, SessionChanges.Batch batch) {
        List<SeatAvailability> seats;
        List<SectionAvailability> sections;
        if (batch.wholeSession() || batch.seatIds().size() > MOST_SEATS_LISTED) {
            SessionAvailability all = availability.of(sessionId, true);
            seats = all.seats();
            sections = all.sections();
        } else {
            seats = availability.seats(sessionId, batch.seatIds());
            sections = availability.of(sessionId, false).sections();
        }
        return JsonViews.write(new ApiAnswers.AvailabilityChange(
                seats.stream()
                        .map(seat -> new ApiAnswers.SeatState(
                                seat.seatId(), seat.state().name()))
                        .toList(),
                sections.stream()
                        .map(section ->
                                new ApiAnswers.SectionCount(section.sectionId(), section.free(), section.capacity()))
                        .toList()));
    }
}
