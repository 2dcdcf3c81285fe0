package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.BestSeats;
import org.marquee.core.inventory.SeatState;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;

/**
 * Finds the best block of n seats ({@link BestSeats}) and claims it for an order in one
 * transaction through {@link SeatClaims}: all of them or, if someone took one meanwhile, none
 * ({@link SeatTaken} rolls the whole claim back; the caller may simply ask again).
 */
@Stateless
public class BestAvailable {

    @EJB
    private Orders orders;

    @EJB
    private SessionOffers offers;

    @EJB
    private Availability availability;

    @EJB
    private SeatClaims claims;

    /** Claims n adjacent seats priced within [minPrice, maxPrice] (minor units, null: open); returns them. */
    public List<Long> claim(OrderAccess access, int n, Long minPrice, Long maxPrice) {
        if (n < 1 || n > PlaceClaims.MAX_PER_CLAIM) {
            throw new InvalidInput("Ask for 1 to " + PlaceClaims.MAX_PER_CLAIM + " seats");
        }
        OrderView order = orders.view(access);
        SessionOffer offer = offers.offer(order.sessionId());
        List<BestSeats.Candidate> seats = availability.of(order.sessionId(), true).seats().stream()
                .map(s -> new BestSeats.Candidate(
                        s.seatId(), s.sectionId(), s.rowLabel(), s.number(), s.state() == SeatState.FREE))
                .toList();
        List<BestSeats.PricedSection> sections = offer.sections().stream()
                .filter(s -> !s.standing())
                .map(s -> new BestSeats.PricedSection(s.id(), s.price().minor()))
                .toList();
        List<Long> block = BestSeats.find(seats, sections, n, minPrice, maxPrice)
                .orElseThrow(() -> new DomainException("inventory.noBlock", n));
        block.forEach(seatId -> claims.claim(access, seatId));
        return block;
    }
}
