package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAdministration;
import org.marquee.core.notify.OutboxMessage;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderItem;
import org.marquee.core.order.OrderItems;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderState;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.payment.Payment;
import org.marquee.core.payment.PaymentEvents;
import org.marquee.core.payment.PaymentLedger;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.reporting.AdminOrderView.Address;
import org.marquee.core.reporting.AdminOrderView.CategoryLine;
import org.marquee.core.reporting.AdminOrderView.EmailLine;
import org.marquee.core.reporting.AdminOrderView.EventLine;
import org.marquee.core.reporting.AdminOrderView.HistoryLine;
import org.marquee.core.reporting.AdminOrderView.PaymentLine;

/** Every order, for the admins: the orders table and one order's page. Read only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OrderOverview {

    /** The entity type under which the order area records an order's history. */
    static final String HISTORY_TYPE = "Order";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OrderSale sale;

    @EJB
    private SessionOffers offers;

    @EJB
    private OrderItems items;

    @EJB
    private PaymentLedger ledger;

    @EJB
    private PaymentEvents events;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserAdministration users;

    /**
     * A page of orders under the table's filters (see {@link OrderFilter#of}), newest first
     * unless the request sorts by created, PNR, status, tickets, total, event or session.
     */
    public Page<AdminOrderRow> page(PageRequest request, OrderFilter filter) {
        Instant now = clock.instant();
        OrderQuery query = new OrderQuery(filter, sessionsOn(filter), now);
        List<Object[]> rows = bind(
                        em.createNativeQuery(query.pageSql(request.sortField(), request.ascending())),
                        query.pageParameters(request.first(), request.size()))
                .getResultList();
        long total = SqlValues.number(bind(em.createNativeQuery(query.countSql()), query.countParameters())
                .getSingleResult());
        return new Page<>(
                rows.stream().map(row -> OrderQuery.row(row, now)).toList(), request.first(), request.size(), total);
    }

    /** The sessions that start on the filter's session day in their venue's zone. */
    private List<Long> sessionsOn(OrderFilter filter) {
        if (filter.sessionDay() == null) {
            return List.of();
        }
        Instant[] around = OrderQuery.aroundDay(filter.sessionDay());
        List<Object[]> sessions = bind(
                        em.createNativeQuery(OrderQuery.SESSIONS_BETWEEN),
                        List.of(SqlValues.at(around[0]), SqlValues.at(around[1])))
                .getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object[] session : sessions) {
            ZoneId zone = ZoneId.of((String) session[2]);
            if (SqlValues.instant(session[1]).atZone(zone).toLocalDate().equals(filter.sessionDay())) {
                ids.add(SqlValues.number(session[0]));
            }
        }
        return ids;
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * One order with everything known about it.
     *
     * @throws org.marquee.core.platform.NotFound when there is no such order
     */
    public AdminOrderView details(long orderId) {
        EventSessionOrder order = sale.find(orderId);
        SessionOffer offer = offers.offer(order.sessionId());
        boolean expired = order.state(clock.instant()) == OrderState.EXPIRED;
        // Seats and places name an order while it holds them (live) or owns them (paid).
        boolean holds = order.status() == OrderStatus.PAID || order.isLive(clock.instant());
        List<OrderItem> bought = holds ? items.of(offer, orderId) : List.of();
        List<Payment> payments = ledger.payments(orderId);
        return new AdminOrderView(
                order.id(),
                order.pnr(),
                order.status(),
                expired,
                order.sessionId(),
                offer.eventTitle(),
                offer.venueName(),
                offer.timeZone(),
                offer.startsAt(),
                order.buyerId() == null ? null : users.find(order.buyerId()).email(),
                order.address() == null
                        ? null
                        : new Address(
                                order.address().name(),
                                order.address().email(),
                                order.address().line(),
                                order.address().postalCode(),
                                order.address().city(),
                                order.address().country()),
                order.paymentMethod() == null ? null : order.paymentMethod().name(),
                order.tickets(),
                order.createdAt(),
                order.expireIfNotCompletedAt(),
                order.paidAt(),
                order.closedAt(),
                categories(order.amounts()),
                bought,
                order.fixedTotals(),
                payments.stream().map(OrderOverview::line).toList(),
                events.ofOrder(orderId).stream()
                        .map(e ->
                                new EventLine(e.provider().name(), e.eventId(), e.type(), e.receivedAt(), e.outcome()))
                        .toList(),
                emails(orderId, payments),
                audit.of(HISTORY_TYPE, orderId).stream()
                        .map(a -> new HistoryLine(a.at(), a.actor(), a.action().name(), a.summary()))
                        .toList());
    }

    static PaymentLine line(Payment p) {
        return new PaymentLine(
                p.id(),
                p.provider().name(),
                p.paymentRef(),
                p.captureRef(),
                p.amount(),
                p.status().name(),
                p.attention() == null ? null : p.attention().name(),
                p.note(),
                p.createdAt(),
                p.settledAt(),
                p.refundRef());
    }

    private List<CategoryLine> categories(Map<Long, Integer> amounts) {
        if (amounts.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select c.id, c.name from PriceCategory c where c.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(amounts.keySet()))
                .getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return amounts.entrySet().stream()
                .map(a -> new CategoryLine(names.getOrDefault(a.getKey(), "#" + a.getKey()), a.getValue()))
                .toList();
    }

    /** The outbox messages about the order: its "order placed" mail and the refund mails of its payments. */
    private List<EmailLine> emails(long orderId, List<Payment> payments) {
        List<String> keys = new ArrayList<>();
        keys.add("order-placed:" + orderId);
        payments.forEach(p -> keys.add("payment-refunded:" + p.id()));
        return em.createQuery(
                        "select m from OutboxMessage m where m.dedupeKey in :keys order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("keys", keys)
                .getResultStream()
                .map(m -> new EmailLine(
                        m.dedupeKey(), m.recipient(), m.subject(), m.status().name(), m.createdAt(), m.sentAt()))
                .toList();
    }
}
