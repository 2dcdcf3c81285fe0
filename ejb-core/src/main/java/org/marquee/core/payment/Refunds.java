package org.marquee.core.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.identity.Role;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SeatAvailability;
import org.marquee.core.inventory.SoldTickets;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.order.OrderWithdrawal;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMembership;

/**
 * Refunds asked for by people: an admin for any paid order, venue staff for orders of their
 * venues' sessions (owners; managers when their team allows it). Tickets (seats or standing
 * places) or an amount; decided in one transaction (checked against what is left, nothing
 * changed when refused), then tried at the provider at once, and again by {@link RefundWorker}
 * until the provider decides.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Refunds {

    @EJB
    private RefundLedger ledger;

    @EJB
    private RefundAttempts attempts;

    @EJB
    private OrderSale sale;

    @EJB
    private OrderWithdrawal withdrawal;

    @EJB
    private TicketPrices prices;

    @EJB
    private SessionOffers offers;

    @EJB
    private Availability availability;

    @EJB
    private StaffSessions staffSessions;

    @EJB
    private Scope scope;

    @EJB
    private RefundPolicies policies;

    /** An admin refunds tickets of an order, or an amount (null: what the tickets cost). */
    @RolesAllowed(Role.Names.ADMIN)
    public RefundOutcome refundAsAdmin(long orderId, Set<String> ticketKeys, BigDecimal amount) {
        return refund(orderId, ticketKeys, amount);
    }

    /** Venue staff refund an order of one of their venues' sessions; see {@link #venueView}. */
    @RolesAllowed(Role.Names.VENUE)
    public RefundOutcome refundAsVenueStaff(long orderId, Set<String> ticketKeys, BigDecimal amount) {
        if (!mayRefund(venueMembership(orderId))) {
            throw new RefundRefused("managersMayNot");
        }
        return refund(orderId, ticketKeys, amount);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RefundView adminView(long orderId) {
        return view(sale.find(orderId), true);
    }

    /** The refunds of an order of the caller's venues; any other order is NotInScope. */
    @RolesAllowed(Role.Names.VENUE)
    public RefundView venueView(long orderId) {
        TeamMembership membership = venueMembership(orderId);
        return view(sale.find(orderId), mayRefund(membership));
    }

    private RefundOutcome refund(long orderId, Set<String> ticketKeys, BigDecimal amount) {
        Set<String> keys = ticketKeys == null ? Set.of() : new HashSet<>(ticketKeys);
        Money asked = null;
        if (amount != null) {
            String currency = sale.find(orderId).total().map(Money::currency).orElse("EUR");
            try {
                asked = Money.of(amount, currency);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new InvalidInput(e.getMessage());
            }
        }
        long refundId = ledger.decide(orderId, keys, asked, scope.caller().orElse("system"));
        return attempts.attempt(refundId, true);
    }

    private boolean mayRefund(TeamMembership membership) {
        return membership.role() == MemberRole.OWNER || policies.managersMayRefund(membership.teamId());
    }

    /** The caller's membership of the venue team whose session the order is of; otherwise NotInScope. */
    private TeamMembership venueMembership(long orderId) {
        long sessionId;
        try {
            sessionId = sale.find(orderId).sessionId();
        } catch (NotFound missing) {
            throw scope.refuse(TeamKind.VENUE, "order", orderId);
        }
        EventSession session;
        try {
            session = staffSessions.visible(TeamKind.VENUE, sessionId);
        } catch (NotInScope refused) {
            throw scope.refuse(TeamKind.VENUE, "order", orderId);
        }
        long venueId = session.venue().id();
        return scope.teams(TeamKind.VENUE).stream()
                .filter(team -> team.teamId() == venueId)
                .findFirst()
                .orElseThrow(() -> scope.refuse(TeamKind.VENUE, "order", orderId));
    }

    private RefundView view(EventSessionOrder order, boolean mayRefund) {
        String currency = order.total().map(Money::currency).orElse("EUR");
        Money paid = order.status() == OrderStatus.PENDING
                ? Money.zero(currency)
                : order.total().orElse(Money.zero(currency));
        List<OrderRefund> all = ledger.refunds(order.id());
        Money left = order.status() == OrderStatus.PAID ? RefundLedger.left(order, all) : Money.zero(currency);
        Set<String> pending = new HashSet<>();
        all.stream()
                .filter(r -> r.status() == RefundStatus.REQUESTED)
                .forEach(r -> pending.addAll(TicketKey.keys(r.tickets())));
        List<RefundView.Ticket> tickets =
                order.status() == OrderStatus.PAID ? tickets(order, pending, currency) : List.of();
        List<RefundView.Line> lines = all.stream()
                .map(r -> new RefundView.Line(
                        r.id(),
                        r.amount(),
                        r.status().name(),
                        r.reason().name(),
                        r.wholeOrder(),
                        r.tickets().count(),
                        r.refundRef(),
                        r.requestedBy(),
                        r.createdAt(),
                        r.settledAt(),
                        r.attempts(),
                        r.lastError()))
                .toList();
        return new RefundView(
                order.id(),
                order.pnr(),
                order.status().name(),
                paid,
                order.refunded().orElse(Money.zero(currency)),
                left,
                mayRefund && order.status() == OrderStatus.PAID && left.minor() > 0,
                tickets,
                lines);
    }

    private List<RefundView.Ticket> tickets(EventSessionOrder order, Set<String> pending, String currency) {
        SoldTickets owned = withdrawal.tickets(order);
        SessionOffer offer = offers.offer(order.sessionId());
        Map<String, Long> kept = prices.of(order.id());
        List<RefundView.Ticket> tickets = new ArrayList<>();
        for (SeatAvailability seat : availability.seats(order.sessionId(), owned.seatIds())) {
            String key = TicketKey.seat(seat.seatId());
            String label = section(offer, seat.sectionId()) + " · " + seat.rowLabel() + " · " + seat.number();
            tickets.add(ticket(key, label, kept, currency, pending));
        }
        for (SoldTickets.Place place : owned.places()) {
            String key = TicketKey.place(place);
            tickets.add(
                    ticket(key, section(offer, place.sectionId()) + " · #" + place.placeNo(), kept, currency, pending));
        }
        return tickets;
    }

    private static RefundView.Ticket ticket(
            String key, String label, Map<String, Long> kept, String currency, Set<String> pending) {
        Long price = kept.get(key);
        return new RefundView.Ticket(
                key, label, price == null ? null : Money.ofMinor(price, currency), !pending.contains(key));
    }

    private static String section(SessionOffer offer, long sectionId) {
        return offer.section(sectionId).map(SessionOffer.Section::name).orElse("?");
    }
}
