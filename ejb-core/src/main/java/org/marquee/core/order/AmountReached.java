package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** One more seat or place than the tickets the buyer asked for at the amount step. */
public class AmountReached extends DomainException {

    public AmountReached(int requested, int held) {
        super("order.amountReached", requested, held);
    }
}
