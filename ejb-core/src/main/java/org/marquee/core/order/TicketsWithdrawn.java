package org.marquee.core.order;

import java.util.Set;

/**
 * Fired (synchronously, in the transaction that decides it) when seats or standing places of a
 * PAID order stop being the buyer's: a refund of some or all of its tickets, or the cancellation
 * of the order with its session or event. The ticket area observes it and voids those tickets at
 * once, so that they stop validating at the door. A ticket is one seat ({@code session_seat} row,
 * by seat id) or one standing place ({@code session_place} row, by section and place number).
 *
 * @param orderId the order
 * @param seatIds the seats given back (empty with {@code wholeOrder})
 * @param places the standing places given back (empty with {@code wholeOrder})
 * @param wholeOrder every ticket of the order is withdrawn
 * @param reason why, for the door's answer
 */
public record TicketsWithdrawn(
        long orderId, Set<Long> seatIds, Set<StandingPlace> places, boolean wholeOrder, Reason reason) {

    /** Why tickets stop validating; the door answers REFUNDED or CANCELLED accordingly. */
    public enum Reason {
        REFUNDED,
        CANCELLED
    }

    /** One standing place of a session: its section and its number there. */
    public record StandingPlace(long sectionId, int placeNo) {}

    public TicketsWithdrawn {
        seatIds = seatIds == null ? Set.of() : Set.copyOf(seatIds);
        places = places == null ? Set.of() : Set.copyOf(places);
    }

    /** Every ticket of the order. */
    public static TicketsWithdrawn all(long orderId, Reason reason) {
        return new TicketsWithdrawn(orderId, Set.of(), Set.of(), true, reason);
    }
}
