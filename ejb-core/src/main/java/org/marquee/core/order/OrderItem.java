package org.marquee.core.order;

import java.io.Serializable;

/**
 * One thing an order holds or bought, as a buyer reads it: a seat (section, row, number) or a
 * number of standing places of a section (then row and seat are null).
 */
public record OrderItem(String section, String row, Integer seat, int places) implements Serializable {

    public boolean isSeat() {
        return seat != null;
    }

    /** "Stalls, row A, seat 12" or "Standing, 2 places" (English; pages use their bundles). */
    public String describe(boolean german) {
        if (isSeat()) {
            return german
                    ? section + ", Reihe " + row + ", Platz " + seat
                    : section + ", row " + row + ", seat " + seat;
        }
        return german
                ? section + ", " + places + (places == 1 ? " Stehplatz" : " Stehplätze")
                : section + ", " + places + (places == 1 ? " standing place" : " standing places");
    }
}
