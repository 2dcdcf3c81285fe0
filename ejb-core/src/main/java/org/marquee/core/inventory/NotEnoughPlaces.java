package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** Fewer standing places are free right now than asked for; none were taken. */
public class NotEnoughPlaces extends DomainException {

    public NotEnoughPlaces(int asked, int available) {
        super("inventory.notEnoughPlaces", asked, available);
    }
}
