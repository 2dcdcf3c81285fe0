package org.marquee.core.payment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marquee.core.inventory.SoldTickets;

/**
 * A ticket as a form and a refund row name it: {@code s<seat id>} for a seat, {@code
 * p<section id>-<place number>} for a standing place.
 */
public final class TicketKey {

    private TicketKey() {}

    public static String seat(long seatId) {
        return "s" + seatId;
    }

    public static String place(SoldTickets.Place place) {
        return "p" + place.sectionId() + "-" + place.placeNo();
    }

    public static List<String> keys(SoldTickets tickets) {
        List<String> keys = new ArrayList<>();
        tickets.seatIds().forEach(id -> keys.add(seat(id)));
        tickets.places().forEach(p -> keys.add(place(p)));
        return keys;
    }

    /** The tickets these keys name; a key that is not one is refused. */
    public static SoldTickets parse(Collection<String> keys) {
        List<Long> seats = new ArrayList<>();
        List<SoldTickets.Place> places = new ArrayList<>();
        for (String key : keys) {
            try {
                if (key.startsWith("s")) {
                    seats.add(Long.parseLong(key.substring(1)));
                } else if (key.startsWith("p") && key.indexOf('-') > 1) {
                    int dash = key.indexOf('-');
                    places.add(new SoldTickets.Place(
                            Long.parseLong(key.substring(1, dash)), Integer.parseInt(key.substring(dash + 1))));
                } else {
                    throw new RefundRefused("notATicket", key);
                }
            } catch (NumberFormatException e) {
                throw new RefundRefused("notATicket", key);
            }
        }
        return new SoldTickets(seats, places);
    }

    static SoldTickets split(String seatKeys, String placeKeys) {
        List<String> keys = new ArrayList<>();
        for (String part : new String[] {seatKeys, placeKeys}) {
            if (part != null && !part.isBlank()) {
                keys.addAll(List.of(part.split(",")));
            }
        }
        return parse(keys);
    }
}
