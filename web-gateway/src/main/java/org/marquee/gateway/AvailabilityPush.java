package org.marquee.gateway;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.SeatAvailability;
import org.marquee.core.inventory.SectionAvailability;

/**
 * Pushes every committed change of availability (a claim, a release, the sweeper freeing an
 * expired order) to the session's open pages. It observes after the transaction succeeded, so a
 * claim that rolled back is never pushed, and it reads the new states itself (the changed seats,
 * the section counts) off the request thread, so the buyer's claim does not wait for the push.
 * Message: {@code {"seats":[{"id":1,"state":"HELD"}],"sections":[{"id":2,"free":40,"capacity":50}]}}.
 */
@ApplicationScoped
public class AvailabilityPush {

    private static final Logger LOG = Logger.getLogger(AvailabilityPush.class.getName());

    @EJB
    private Availability availability;

    @Resource
    private ManagedExecutorService executor;

    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
        if (!AvailabilityFeed.hasListeners(change.sessionId())) {
            return;
        }
        executor.execute(() -> {
            // Read and send one at a time per session: a message read later is also sent later,
            // so a page never ends on an older state than the database's.
            try {
                synchronized (locks.computeIfAbsent(change.sessionId(), id -> new Object())) {
                    AvailabilityFeed.send(change.sessionId(), message(change));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not push availability of session " + change.sessionId(), e);
            }
        });
    }

    private String message(AvailabilityChanged change) {
        JsonArrayBuilder seats = JsonBuilders.array();
        for (SeatAvailability seat : availability.seats(change.sessionId(), change.seatIds())) {
            seats.add(JsonBuilders.object()
                    .add("id", seat.seatId())
                    .add("state", seat.state().name()));
        }
        JsonArrayBuilder sections = JsonBuilders.array();
        for (SectionAvailability section :
                availability.of(change.sessionId(), false).sections()) {
            sections.add(JsonBuilders.object()
                    .add("id", section.sectionId())
                    .add("free", section.free())
                    .add("capacity", section.capacity()));
        }
        return JsonBuilders.object()
                .add("seats", seats)
                .add("sections", sections)
                .build()
                .toString();
    }
}
