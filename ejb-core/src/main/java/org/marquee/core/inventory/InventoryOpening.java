package org.marquee.core.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.platform.SqlValues;

/**
 * Materialises the inventory of sessions that go on sale: a row per seat of the venue's seated
 * sections and a row per place of its standing sections, all free, in two set-based statements
 * for any number of sessions; then the sessions become ON_SALE. Sessions are opened ahead of their
 * sales start ({@link #AHEAD}), so that the rows are there when the buyers come.
 *
 * <p>Disabled seats get a row too: a seat disabled after the session went on sale must stay
 * unsellable, so a claim checks the seat's flag itself rather than trusting the row.
 */
@Stateless
public class InventoryOpening {

    /** How long before its sales start a session is opened. */
    public static final Duration AHEAD = Duration.ofHours(1);

    /** Sessions opened per statement (and per transaction of the opener). */
    static final int CHUNK = 100;

    private static final Logger LOG = Logger.getLogger(InventoryOpening.class.getName());

    static final String SEATS = "insert into session_seat (session_id, seat_id, section_id, held_until)"
            + " select es.id, st.id, sc.id, ? from event_session es"
            + " join section sc on sc.venue_id = es.venue_id and sc.kind = 'SEATED'"
            + " join seat st on st.section_id = sc.id"
            + " where es.id in (%s)";

    // Numbers 1..n from a recursive query: the same SQL on PostgreSQL and H2 (no generate_series there).
    static final String PLACES = "insert into session_place (session_id, section_id, place_no, held_until)"
            + " with recursive n (i) as (select 1 union all select i + 1 from n where i < ?)"
            + " select es.id, sc.id, n.i, ? from event_session es"
            + " join section sc on sc.venue_id = es.venue_id and sc.kind = 'STANDING'"
            + " join n on n.i <= sc.capacity"
            + " where es.id in (%s)";

    static final String LARGEST = "select coalesce(max(sc.capacity), 0) from event_session es"
            + " join section sc on sc.venue_id = es.venue_id and sc.kind = 'STANDING' where es.id in (%s)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionSales sales;

    /** Opens one session now if it is still SCHEDULED (the first buyer of a session the opener has not reached). */
    public boolean open(long sessionId) {
        if (!sales.lockForOpening(sessionId)) {
            return false;
        }
        materialise(List.of(sessionId));
        return true;
    }

    /**
     * Opens up to {@link #CHUNK} sessions whose sales start within {@link #AHEAD}, skipping those
     * another node is opening; returns how many. Joins the caller's transaction.
     */
    public int openDue() {
        Instant now = clock.instant();
        List<Long> due = sales.lockDueForOpening(now.plus(AHEAD), now, CHUNK);
        if (!due.isEmpty()) {
            materialise(due);
        }
        return due.size();
    }

    /** Opens every due session in the caller's transaction (the demo data at its first start). */
    public int openAllDue() {
        long started = System.nanoTime();
        int total = 0;
        int opened;
        do {
            opened = openDue();
            total += opened;
        } while (opened == CHUNK);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int count = total;
        LOG.info(() -> "Opened the inventory of " + count + " sessions in " + millis + " ms");
        return total;
    }

    private void materialise(List<Long> sessionIds) {
        String ids = SqlValues.placeholders(sessionIds.size());
        Query seats = em.createNativeQuery(String.format(SEATS, ids)).setParameter(1, Holds.FREE);
        bind(seats, 2, sessionIds).executeUpdate();
        int largest = (int) SqlValues.number(bind(em.createNativeQuery(String.format(LARGEST, ids)), 1, sessionIds)
                .getSingleResult());
        if (largest > 0) {
            Query places = em.createNativeQuery(String.format(PLACES, ids))
                    .setParameter(1, largest)
                    .setParameter(2, Holds.FREE);
            bind(places, 3, sessionIds).executeUpdate();
        }
        sales.markOnSale(sessionIds);
    }

    private static Query bind(Query query, int first, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
