package org.marquee.core.order;

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
import java.util.Optional;
import org.marquee.core.catalog.SaleWindow;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.catalog.SessionStatus;
import org.marquee.core.identity.User;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.InventoryOpening;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.inventory.SoldOut;
import org.marquee.core.platform.DatabaseVendor;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.platform.SettingsValues;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.waitingroom.WaitingRooms;

/**
 * Starting orders and keeping their ticket count. The count changes with one conditional
 * statement that also checks the token, the status, the expiry and the limit, and locks the
 * order's row until the claim's transaction ends; so a buyer's concurrent claims cannot pass the
 * limit together. Only when it changes nothing is the order read, to say why.
 */
@Stateless
public class Orders {

    /** The order by its key, if it is its buyer's and live ({@link ClaimRule#liveSql}). */
    static final String COUNT_CONDITION = " where id = ? and token_hash = ? and " + ClaimRule.liveSql("");

    static final String ADD = "update event_session_order set tickets = tickets + ?" + COUNT_CONDITION
            + " and tickets + ? <= " + ClaimRule.limitSql("");
    static final String REMOVE =
            "update event_session_order set tickets = tickets - ?" + COUNT_CONDITION + " and tickets >= ?";
    // An order with a payment open is left to the payments' reconciliation, which asks the provider first.
    static final String EXPIRED = "select id, session_id from event_session_order"
            + " where status = 'PENDING' and expire_if_not_completed_at <= ? and payment_open = false"
            + " order by expire_if_not_completed_at limit ? for update skip locked";
    private static final String RESULT = "session_id, expire_if_not_completed_at";
    static final String LOCK = "select session_id, buyer_id, expire_if_not_completed_at from event_session_order"
            + COUNT_CONDITION + " for update";

    /** PostgreSQL returns rows from an UPDATE; H2 selects them from its final table. */
    @Inject
    private DatabaseVendor vendor;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionSales sales;

    @EJB
    private Settings settings;

    @EJB
    private UserAccounts accounts;

    @EJB
    private InventoryOpening opening;

    @EJB
    private Availability availability;

    @EJB
    private SoldOut soldOut;

    @EJB
    private WaitingRooms rooms;

    /**
     * A PENDING order of a session that is on sale now (a draft event's sessions do not exist for buyers), held for the platform's hold time and
     * limited to its maximum tickets per order. The first order of a session whose sales have
     * started but whose inventory the opener has not reached yet opens it.
     */
    public StartedOrder start(long sessionId, Buyer buyer) {
        return start(sessionId, buyer, QueuePass.NONE);
    }

    /**
     * As {@link #start(long, Buyer)}, for a session whose waiting room may be on: then only with
     * the admission its room gave this visitor ({@link WaitingRooms#checkAdmission}), else {@link
     * org.marquee.core.waitingroom.WaitingRoomRequired} and nothing is started.
     */
    public StartedOrder start(long sessionId, Buyer buyer, QueuePass pass) {
        rooms.checkAdmission(sessionId, pass.ticket(), pass.admission());
        Instant now = clock.instant();
        SaleWindow window = sales.window(sessionId);
        SalesState state = window.salesState(now);
        if (state == SalesState.SOLD_OUT && soldOut.reassess(sessionId).orElse(null) == SessionStatus.ON_SALE) {
            // A hold expired since the session sold out: it never blocks a buyer, sweeper or not.
            window = sales.window(sessionId);
            state = window.salesState(now);
        }
        if (!state.canBuy()) {
            throw new SalesClosed(sessionId, state);
        }
        if (window.needsOpening()) {
            opening.open(sessionId);
        }
        SettingsValues values = settings.current();
        String token = OrderToken.generate();
        EventSessionOrder order = InvalidInput.check(() -> new EventSessionOrder(
                sessionId,
                buyerId(buyer),
                OrderToken.hash(token),
                now,
                Duration.ofMinutes(values.holdMinutes()),
                values.maxTicketsPerOrder()));
        em.persist(order);
        order.assignPnr();
        return new StartedOrder(
                order.id(), sessionId, order.pnr(), token, order.expireIfNotCompletedAt(), order.maxTickets());
    }

    private Long buyerId(Buyer buyer) {
        if (buyer == null || buyer.isGuest()) {
            return null;
        }
        return accounts.findByEmail(buyer.login()).map(User::id).orElseThrow(() -> new NotFound("User", buyer.login()));
    }

    /** The order, for its buyer only. */
    public EventSessionOrder find(OrderAccess access) {
        EventSessionOrder order = load(access.orderId());
        if (!order.belongsTo(access)) {
            throw new NotYourOrder(access.orderId());
        }
        return order;
    }

    /** The order with what it holds, for its buyer only. */
    public OrderView view(OrderAccess access) {
        EventSessionOrder order = find(access);
        boolean expired = order.isExpired(clock.instant());
        OrderHoldings holdings =
                expired ? new OrderHoldings(List.of(), List.of()) : availability.heldBy(order.sessionId(), order.id());
        return new OrderView(
                order.id(),
                order.pnr(),
                order.sessionId(),
                order.status(),
                expired,
                order.expireIfNotCompletedAt(),
                order.maxTickets(),
                holdings);
    }

    /**
     * Counts n more tickets into a live order of its buyer, within its limit, and locks it until
     * the transaction ends; the caller then holds the seats or places (same transaction).
     */
    public LiveOrder addTickets(OrderAccess access, int n) {
        Instant now = clock.instant();
        Optional<LiveOrder> live = change(ADD, access, n, now);
        if (live.isEmpty()) {
            // The count was changed by SQL, past the shared cache: read it afresh to say why.
            EventSessionOrder order = load(access.orderId());
            em.refresh(order);
            order.checkCanAdd(access, n, now);
            throw new DomainException("order.changedMeanwhile", access.orderId());
        }
        return live.get();
    }

    /**
     * Counts n tickets out of a live order of its buyer, which must hold at least n (else {@link
     * OrderHoldsFewer}, which the inventory turns into which seat or places the order lacks).
     */
    public LiveOrder removeTickets(OrderAccess access, int n) {
        Instant now = clock.instant();
        Optional<LiveOrder> live = change(REMOVE, access, n, now);
        if (live.isEmpty()) {
            EventSessionOrder order = load(access.orderId());
            order.checkChangeableBy(access, now);
            throw new OrderHoldsFewer(order.pnr(), order.tickets(), n);
        }
        return live.get();
    }

    /**
     * Locks a live order of its buyer until the transaction ends, so that what the caller attaches
     * to it (a promo code) cannot race its expiry or another change of the same order.
     */
    public LockedOrder lockLive(OrderAccess access) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOCK)
                .setParameter(1, access.orderId())
                .setParameter(2, access.tokenHash())
                .setParameter(3, SqlValues.at(now))
                .getResultList();
        if (rows.isEmpty()) {
            load(access.orderId()).checkChangeableBy(access, now);
            throw new DomainException("order.changedMeanwhile", access.orderId());
        }
        Object[] row = rows.get(0);
        return new LockedOrder(
                access.orderId(),
                SqlValues.number(row[0]),
                row[1] == null ? null : SqlValues.number(row[1]),
                SqlValues.instant(row[2]));
    }

    /** The update that also gives the order's session and expiry: RETURNING on PostgreSQL, H2's final table. */
    static String returningSql(String update, boolean returning) {
        return returning ? update + " returning " + RESULT : "select " + RESULT + " from final table (" + update + ")";
    }

    private Optional<LiveOrder> change(String update, OrderAccess access, int n, Instant now) {
        if (n < 1) {
            throw new InvalidInput("Count at least one ticket");
        }
        Query query = em.createNativeQuery(returningSql(update, vendor == DatabaseVendor.POSTGRESQL))
                .setParameter(1, n)
                .setParameter(2, access.orderId())
                .setParameter(3, access.tokenHash())
                .setParameter(4, SqlValues.at(now))
                .setParameter(5, n);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new LiveOrder(access.orderId(), SqlValues.number(row[0]), SqlValues.instant(row[1])));
    }

    /**
     * Cancels up to {@code limit} PENDING orders whose hold ran out, skipping those another
     * sweeper (another node) has locked; their seats are then freed in the same transaction.
     */
    public List<ExpiredOrder> cancelExpired(int limit) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EXPIRED)
                .setParameter(1, SqlValues.at(now))
                .setParameter(2, limit)
                .getResultList();
        List<ExpiredOrder> expired = rows.stream()
                .map(row -> new ExpiredOrder(SqlValues.number(row[0]), SqlValues.number(row[1])))
                .toList();
        if (expired.isEmpty()) {
            return expired;
        }
        Query cancel = em.createNativeQuery("update event_session_order"
                + " set status = 'CANCELLED', cancel_reason = 'EXPIRED', closed_at = ?, tickets = 0, version = version + 1"
                + " where status = 'PENDING' and payment_open = false and id in ("
                + SqlValues.placeholders(expired.size()) + ")");
        cancel.setParameter(1, SqlValues.at(now));
        for (int i = 0; i < expired.size(); i++) {
            cancel.setParameter(i + 2, expired.get(i).orderId());
        }
        cancel.executeUpdate();
        return expired;
    }

    private EventSessionOrder load(long orderId) {
        return Optional.ofNullable(em.find(EventSessionOrder.class, orderId))
                .orElseThrow(() -> new NotFound("Order", orderId));
    }
}
