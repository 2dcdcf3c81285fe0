package org.marquee.core.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far the messages of one business event family have got, for the areas that enqueue them
 * (such as a newsletter's send log): counts per status of the messages whose dedupe key starts
 * with a prefix.
 */
@Stateless
@PermitAll
public class OutboxCounts {

    @PersistenceContext
    private EntityManager em;

    public Map<OutboxStatus, Long> byKeyPrefix(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.contains("%") || prefix.contains("_")) {
            throw new IllegalArgumentException("A prefix without wildcards is needed: " + prefix);
        }
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery(
                        "select m.status, count(m) from OutboxMessage m where m.dedupeKey like :prefix group by m.status",
                        Object[].class)
                .setParameter("prefix", prefix + "%")
                .getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], (Long) row[1]));
        return counts;
    }
}
