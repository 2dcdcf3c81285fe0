package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SeatAvailability;
import org.marquee.core.inventory.SoldTickets;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderPaid;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderTotals;
import org.marquee.core.order.OrderWithdrawal;
import org.marquee.core.order.TicketLine;
import org.marquee.core.platform.SqlValues;

/**
 * What each ticket of an order cost, kept in the sale's transaction ({@link OrderPaid}): its
 * section's (or price category's) price less its share of the order's discount, so that a refund
 * of some tickets pays back what they cost. The service fee is no ticket's: it goes back with the
 * last tickets. Prices changed later do not change what was paid.
 */
@Stateless
public class TicketPrices {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderSale sale;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private OrderWithdrawal withdrawal;

    @EJB
    private SessionOffers offers;

    @EJB
    private Availability availability;

    /** A ticket and what was paid for it. */
    public record Priced(String key, long sectionId, long priceMinor) {}

    public void paid(@Observes OrderPaid paid) {
        EventSessionOrder order = sale.find(paid.orderId());
        List<Priced> priced = price(order);
        int no = 0;
        for (Priced ticket : priced) {
            SoldTickets one = TicketKey.parse(List.of(ticket.key()));
            // No null is bound: EclipseLink binds a null as a string, which PostgreSQL refuses for a number.
            boolean seat = !one.seatIds().isEmpty();
            em.createNativeQuery("insert into paid_ticket (order_id, ticket_no, section_id, price_minor, "
                            + (seat ? "seat_id" : "place_no") + ") values (?, ?, ?, ?, ?)")
                    .setParameter(1, order.id())
                    .setParameter(2, ++no)
                    .setParameter(3, ticket.sectionId())
                    .setParameter(4, ticket.priceMinor())
                    .setParameter(
                            5,
                            seat
                                    ? one.seatIds().get(0)
                                    : (Object) one.places().get(0).placeNo())
                    .executeUpdate();
        }
    }

    /** The prices kept for the order's tickets by key; empty for an order sold before they were kept. */
    public Map<String, Long> of(long orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seat_id, section_id, place_no, price_minor"
                        + " from paid_ticket where order_id = ? order by ticket_no")
                .setParameter(1, orderId)
                .getResultList();
        Map<String, Long> prices = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String key = row[0] != null
                    ? TicketKey.seat(SqlValues.number(row[0]))
                    : TicketKey.place(new SoldTickets.Place(SqlValues.number(row[1]), (int) SqlValues.number(row[2])));
            prices.put(key, SqlValues.number(row[3]));
        }
        return prices;
    }

    private List<Priced> price(EventSessionOrder order) {
        SoldTickets tickets = withdrawal.tickets(order);
        SessionOffer offer = offers.offer(order.sessionId());
        OrderTotals totals = checkout.currentTotals(order);
        Map<String, Deque<Long>> unitsBySection = new HashMap<>();
        for (TicketLine line : totals.lines()) {
            for (int i = 0; i < line.count(); i++) {
                unitsBySection
                        .computeIfAbsent(line.section(), s -> new ArrayDeque<>())
                        .add(line.unitPrice().minor());
            }
        }
        List<long[]> units = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (SeatAvailability seat : availability.seats(order.sessionId(), tickets.seatIds())) {
            keys.add(TicketKey.seat(seat.seatId()));
            units.add(new long[] {seat.sectionId(), unit(offer, unitsBySection, seat.sectionId())});
        }
        for (SoldTickets.Place place : tickets.places()) {
            keys.add(TicketKey.place(place));
            units.add(new long[] {place.sectionId(), unit(offer, unitsBySection, place.sectionId())});
        }
        long[] prices = afterDiscount(
                units.stream().mapToLong(u -> u[1]).toArray(),
                order.fixedTotals().discount().minor());
        List<Priced> priced = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            priced.add(new Priced(keys.get(i), units.get(i)[0], prices[i]));
        }
        return priced;
    }

    private static long unit(SessionOffer offer, Map<String, Deque<Long>> unitsBySection, long sectionId) {
        SessionOffer.Section section = offer.section(sectionId).orElse(null);
        Deque<Long> units = section == null ? null : unitsBySection.get(section.name());
        if (units != null && !units.isEmpty()) {
            return units.poll();
        }
        return section == null ? 0 : section.price().minor();
    }

    /**
     * The prices less the discount, shared in proportion to the prices; what rounding leaves over
     * is taken from the first tickets, a minor unit each, so the prices add up exactly.
     */
    static long[] afterDiscount(long[] units, long discount) {
        long subtotal = 0;
        for (long unit : units) {
            subtotal += unit;
        }
        long[] prices = units.clone();
        if (discount <= 0 || subtotal == 0) {
            return prices;
        }
        long shared = 0;
        for (int i = 0; i < units.length; i++) {
            long share = Math.min(units[i], Math.floorDiv(Math.multiplyExact(discount, units[i]), subtotal));
            prices[i] -= share;
            shared += share;
        }
        long left = Math.min(discount, subtotal) - shared;
        for (int i = 0; i < prices.length && left > 0; i++) {
            if (prices[i] > 0) {
                prices[i]--;
                left--;
            }
        }
        return prices;
    }
}
