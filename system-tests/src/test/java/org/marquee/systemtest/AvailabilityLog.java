package org.marquee.systemtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.marquee.core.inventory.AvailabilityChanged;

/**
 * Records the availability changes ejb-core announces, after their transaction committed, the
 * way the gateway's push will observe them (in-container tests only).
 */
@ApplicationScoped
public class AvailabilityLog {

    private static final List<AvailabilityChanged> SEEN = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
        SEEN.add(change);
    }

    static List<AvailabilityChanged> of(long sessionId) {
        return SEEN.stream().filter(change -> change.sessionId() == sessionId).toList();
    }
}
