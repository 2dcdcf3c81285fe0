package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** A checkout step after the one the order has reached: the earlier steps come first. */
public class StepNotReached extends DomainException {

    private final CheckoutStep reached;

    public StepNotReached(CheckoutStep step, CheckoutStep reached) {
        super("checkout.stepNotReached", step.name(), reached.name());
        this.reached = reached;
    }

    public CheckoutStep reached() {
        return reached;
    }
}
