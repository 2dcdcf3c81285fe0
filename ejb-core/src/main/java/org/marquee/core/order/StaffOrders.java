package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.StaffSessions;
import org.marquee.core.identity.NotInScope;
import org.marquee.core.identity.Scope;
import org.marquee.core.identity.TeamKind;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
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
        Page<EventSessionOrder> page = Paging.page(
                em,
                EventSessionOrder.class,
                sorted,
                TEXT,
                SORTABLE,
                "createdAt",
                (cb, order) -> cb.equal(order.get("sessionId"), sessionId));
        List<StaffOrderRow> rows = page.items().stream()
                .map(o -> new StaffOrderRow(
                        o.id(), o.pnr(), o.status(), o.tickets(), o.createdAt(), o.closedAt(), session.timeZone()))
                .toList();
        return new Page<>(rows, page.first(), page.size(), page.total());
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
                order.status(),
                expired,
                order.buyerId() == null,
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
