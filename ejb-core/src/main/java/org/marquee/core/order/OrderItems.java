package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.inventory.SeatAvailability;

/** What an order holds or bought, seat by seat and section by section, with their names. */
@Stateless
public class OrderItems {

    @EJB
    private Availability availability;

    /** The order's seats (by section, row and number) and then its standing places, per section. */
    public List<OrderItem> of(SessionOffer offer, long orderId) {
        OrderHoldings held = availability.heldBy(offer.sessionId(), orderId);
        Stream<OrderItem> seats = availability.seats(offer.sessionId(), held.seatIds()).stream()
                .sorted(Comparator.comparing(SeatAvailability::sectionId)
                        .thenComparing(SeatAvailability::rowLabel)
                        .thenComparingInt(SeatAvailability::number))
                .map(s -> new OrderItem(sectionName(offer, s.sectionId()), s.rowLabel(), s.number(), 1));
        Stream<OrderItem> places = held.places().stream()
                .map(p -> new OrderItem(sectionName(offer, p.sectionId()), null, null, p.count()));
        return Stream.concat(seats, places).toList();
    }

    private static String sectionName(SessionOffer offer, long sectionId) {
        return offer.section(sectionId).map(SessionOffer.Section::name).orElse("");
    }
}
