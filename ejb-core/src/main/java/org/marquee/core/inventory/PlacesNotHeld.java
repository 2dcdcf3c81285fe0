package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** A release of more standing places in a section than the order holds there; none were released. */
public class PlacesNotHeld extends DomainException {

    public PlacesNotHeld(int asked) {
        super("inventory.placesNotHeld", asked);
    }
}
