package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** Fewer tickets asked for than the seats and places the order holds already. */
public class AmountBelowHeld extends DomainException {

    public AmountBelowHeld(int asked, int held) {
        super("order.amountBelowHeld", asked, held);
    }
}
