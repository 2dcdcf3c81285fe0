package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.core.venue.Seat;
import org.marquee.core.venue.Section;

/**
 * Orders as venue and artist staff see them: only orders of sessions the caller's teams may see
 * ({@link StaffSessions#visible}). An order outside the scope is refused with
 * {@link NotInScope}, exactly like an order that does not exist, and nothing of it is returned.
 */
@Stateless
public class StaffOrders {

    private static final Set<String> TEXT = Set.of("pnr");
    private static final Set<String> SORTABLE = Set.of("createdAt", "status", "tickets");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private StaffSessions sessions;

    @EJB
    private Scope scope;

    @EJB
    private Availability availability;

    /** A page of one session's orders, newest first unless the request sorts otherwise. */
    public Page<StaffOrderRow> page(TeamKind kind, long sessionId, PageRequest request) {
        EventSession session = sessions.visible(kind, sessionId);
        PageRequest sorted = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "createdAt", false, request.filters())
                : request;
        Instant now = clock.instant();
        String state = request.filters().get("status");
        Page<EventSessionOrder> page = Paging.page(
                em,
                EventSessionOrder.class,
                sorted,
                TEXT,
                SORTABLE,
                "createdAt",
                (cb, order) -> cb.and(cb.equal(order.get("sessionId"), sessionId), state(cb, order, state, now)));
        List<StaffOrderRow> rows = page.items().stream()
                .map(o -> new StaffOrderRow(
                        o.id(),
                        o.pnr(),
                        o.state(now),
                        o.tickets(),
                        o.total().orElse(null),
                        o.address() == null ? null : o.address().name(),
                        o.address() == null ? null : o.address().email(),
                        o.buyerId() == null,
                        o.createdAt(),
                        o.closedAt(),
                        session.timeZone()))
                .toList();
        return new Page<>(rows, page.first(), page.size(), page.total());
    }

    /**
     * The status filter as in the admin's table ({@link OrderState} names, or ALL): without one,
     * expired holds that hold nothing are left out, as they would bury the real orders.
     */
    private static Predicate state(CriteriaBuilder cb, Root<EventSessionOrder> order, String state, Instant now) {
        Predicate pending = cb.equal(order.get("status"), OrderStatus.PENDING);
        Predicate pastHold = cb.lessThanOrEqualTo(order.<Instant>get("expireIfNotCompletedAt"), now);
        Predicate cancelled = cb.equal(order.get("status"), OrderStatus.CANCELLED);
        // Not NULL for orders without a reason, or not(...) below would drop them.
        Predicate reasonExpired = cb.and(
                cb.isNotNull(order.get("cancelReason")), cb.equal(order.get("cancelReason"), CancelReason.EXPIRED));
        Predicate expired = cb.or(cb.and(pending, pastHold), cb.and(cancelled, reasonExpired));
        if ("ALL".equals(state)) {
            return cb.conjunction();
        }
        OrderState chosen = Arrays.stream(OrderState.values())
                .filter(s -> s.name().equals(state))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return cb.not(cb.and(expired, cb.equal(order.get("tickets"), 0)));
        }
        return switch (chosen) {
            case PENDING -> cb.and(
                    cb.equal(order.get("status"), OrderStatus.PENDING),
                    cb.greaterThan(order.<Instant>get("expireIfNotCompletedAt"), now));
            case EXPIRED -> expired;
            case CANCELLED -> cb.and(
                    cb.equal(order.get("status"), OrderStatus.CANCELLED),
                    cb.or(
                            cb.isNull(order.get("cancelReason")),
                            cb.notEqual(order.get("cancelReason"), CancelReason.EXPIRED)));
            case PAID -> cb.equal(order.get("status"), OrderStatus.PAID);
            case REFUNDED -> cb.equal(order.get("status"), OrderStatus.REFUNDED);
        };
    }

    /** One order of a session the caller may see; any other id, existing or not, is NotInScope. */
    public StaffOrderView details(TeamKind kind, long orderId) {
        Long sessionId = em.createQuery("select o.sessionId from EventSessionOrder o where o.id = :id", Long.class)
                .setParameter("id", orderId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> scope.refuse(kind, "order", orderId));
        EventSession session;
        try {
            session = sessions.visible(kind, sessionId);
        } catch (NotInScope refused) {
            throw scope.refuse(kind, "order", orderId);
        }
        EventSessionOrder order = em.find(EventSessionOrder.class, orderId);
        boolean expired = order.isExpired(clock.instant());
        BuyerAddress address = order.address();
        OrderHoldings holdings = expired && order.status() == OrderStatus.PENDING
                ? new OrderHoldings(List.of(), List.of())
                : availability.heldBy(sessionId, orderId);
        return new StaffOrderView(
                order.id(),
                order.pnr(),
                sessionId,
                session.event().title(),
                session.timeZone(),
                session.startsAt(),
                order.state(clock.instant()),
                order.buyerId() == null,
                address == null ? null : address.name(),
                address == null ? null : address.email(),
                order.total().orElse(null),
                holdings.tickets(),
                order.createdAt(),
                order.expireIfNotCompletedAt(),
                order.closedAt(),
                seatLines(holdings.seatIds()),
                placeLines(holdings.places()));
    }

    private List<StaffOrderView.SeatLine> seatLines(List<Long> seatIds) {
        if (seatIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Seat s join fetch s.section where s.id in :ids", Seat.class)
                .setParameter("ids", seatIds)
                .getResultStream()
                .map(s -> new StaffOrderView.SeatLine(s.section().name(), s.rowLabel(), s.number()))
                .sorted(java.util.Comparator.comparing(StaffOrderView.SeatLine::section)
                        .thenComparing(StaffOrderView.SeatLine::row)
                        .thenComparingInt(StaffOrderView.SeatLine::number))
                .toList();
    }

    private List<StaffOrderView.PlaceLine> placeLines(List<OrderHoldings.Places> places) {
        if (places.isEmpty()) {
            return List.of();
        }
        Map<Long, Section> sections = em.createQuery("select s from Section s where s.id in :ids", Section.class)
                .setParameter(
                        "ids",
                        places.stream().map(OrderHoldings.Places::sectionId).toList())
                .getResultStream()
                .collect(Collectors.toMap(Section::id, Function.identity()));
        return places.stream()
                .map(p ->
                        new StaffOrderView.PlaceLine(sections.get(p.sectionId()).name(), p.count()))
                .toList();
    }
}
