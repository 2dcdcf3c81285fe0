package org.marquee.core.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.marquee.core.catalog.SessionPutOnSale;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.venue.LayoutChanged;

/**
 * Materialises the inventory of sessions that go on sale: a row per seat of the venue's seated
 * sections and a row per place of its standing sections, all free, in two set-based statements
 * for any number of sessions; then the sessions become ON_SALE. Sessions are opened ahead of their
 * sales start ({@link #AHEAD}), so that the rows are there when the buyers come.
 *
 * <p>It also keeps open sessions whole: one staff put on sale directly gets its rows at once, and
 * a change of its venue's layout (a section added or resized, a seat disabled) reaches the rows of
 * every open session there in the same transaction, or is refused. A session with nothing left
 * is SOLD_OUT ({@link SoldOut}).
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

    /** The rows a session already open lacks: a seat added to its venue since it opened. */
    static final String MISSING_SEATS =
            SEATS + " and not exists (select 1 from session_seat x where x.session_id = es.id and x.seat_id = st.id)";

    /** The places an open session lacks: a standing section added or enlarged since it opened. */
    static final String MISSING_PLACES = PLACES + " and not exists (select 1 from session_place x"
            + " where x.session_id = es.id and x.section_id = sc.id and x.place_no = n.i)";

    private static final String BEYOND_CAPACITY = " from session_place where session_id in (%s)"
            + " and place_no > (select sc.capacity from section sc where sc.id = session_place.section_id)";

    /** The places of open sessions past their section's capacity (it shrank), locked: are any held or sold? */
    static final String LOCK_BEYOND_CAPACITY = "select held_until" + BEYOND_CAPACITY + " for update";

    static final String DELETE_BEYOND_CAPACITY = "delete" + BEYOND_CAPACITY;

    /** Of some sessions, those with nothing left to claim: no free seat that is not disabled, no free place. */
    static final String NOTHING_FREE = "select es.id from event_session es where es.id in (%s)"
            + " and not exists (select 1 from session_seat ss join seat st on st.id = ss.seat_id"
            + "   where ss.session_id = es.id and ss.held_until < ? and st.disabled = false)"
            + " and not exists (select 1 from session_place sp where sp.session_id = es.id and sp.held_until < ?)";

    static final String LARGEST = "select coalesce(max(sc.capacity), 0) from event_session es"
            + " join section sc on sc.venue_id = es.venue_id and sc.kind = 'STANDING' where es.id in (%s)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionSales sales;

    @EJB
    private SoldOut soldOut;

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

    /**
     * Staff saved a session as ON_SALE: it gets its seats and places now, in their transaction,
     * and is sold out at once if its venue has nothing to sell.
     */
    public void putOnSale(@Observes SessionPutOnSale event) {
        List<Long> session = List.of(event.sessionId());
        insert(session, MISSING_SEATS, MISSING_PLACES);
        markSoldOut(session, clock.instant());
    }

    /**
     * A venue's layout changed: every open session there (locked first, so that none opens
     * meanwhile without the change) gets the seats and places it lacks and loses the free places
     * past a shrunk capacity; a shrink below places that are held or sold is refused, and the
     * whole change with it. Then each session is sold out, or back on sale, by what is left.
     */
    public void layoutChanged(@Observes LayoutChanged change) {
        Instant now = clock.instant();
        List<Long> open = sales.lockOpenAt(change.venueId(), now);
        if (open.isEmpty()) {
            return;
        }
        String ids = SqlValues.placeholders(open.size());
        @SuppressWarnings("unchecked")
        List<Object> beyond = bind(em.createNativeQuery(String.format(LOCK_BEYOND_CAPACITY, ids)), 1, open)
                .getResultList();
        long taken = beyond.stream()
                .map(SqlValues::instant)
                .filter(until -> !until.isBefore(now))
                .count();
        if (taken > 0) {
            throw new DomainException("inventory.placesBeyondCapacity", taken);
        }
        if (!beyond.isEmpty()) {
            bind(em.createNativeQuery(String.format(DELETE_BEYOND_CAPACITY, ids)), 1, open)
                    .executeUpdate();
        }
        insert(open, MISSING_SEATS, MISSING_PLACES);
        open.forEach(soldOut::settle);
    }

    private void materialise(List<Long> sessionIds) {
        insert(sessionIds, SEATS, PLACES);
        sales.markOnSale(sessionIds);
        markSoldOut(sessionIds, clock.instant());
    }

    /** Inserts seat rows and place rows for some sessions with the given statements (all, or the missing ones). */
    private void insert(List<Long> sessionIds, String seatsSql, String placesSql) {
        String ids = SqlValues.placeholders(sessionIds.size());
        Query seats = em.createNativeQuery(String.format(seatsSql, ids)).setParameter(1, Holds.FREE);
        bind(seats, 2, sessionIds).executeUpdate();
        int largest = (int) SqlValues.number(bind(em.createNativeQuery(String.format(LARGEST, ids)), 1, sessionIds)
                .getSingleResult());
        if (largest > 0) {
            Query places = em.createNativeQuery(String.format(placesSql, ids))
                    .setParameter(1, largest)
                    .setParameter(2, Holds.FREE);
            bind(places, 3, sessionIds).executeUpdate();
        }
    }

    /** A session whose venue has nothing to sell (no sections, every seat disabled) is sold out from the start. */
    private void markSoldOut(List<Long> sessionIds, Instant now) {
        Query query = em.createNativeQuery(String.format(NOTHING_FREE, SqlValues.placeholders(sessionIds.size())));
        bind(query, 1, sessionIds);
        query.setParameter(sessionIds.size() + 1, SqlValues.at(now));
        query.setParameter(sessionIds.size() + 2, SqlValues.at(now));
        @SuppressWarnings("unchecked")
        List<Object> none = query.getResultList();
        none.stream().map(SqlValues::number).forEach(sales::markSoldOut);
    }

    private static Query bind(Query query, int first, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
