package org.marquee.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Money;

/**
 * The last page: "Thank you" with the order's booking code, what was bought and the totals paid;
 * or, for an order whose money arrived too late to keep its seats, that it is being paid back.
 * Coming back to it shows the same, never a second payment. The order itself is {@link
 * Checkout}'s (same parameter, same cookie).
 */
@Named("thanks")
@ViewScoped
public class ThankYou implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentCheckout payments;

    @Inject
    private Checkout checkout;

    private Money goingBack;

    @PostConstruct
    void init() {
        if (checkout.getOrder() == null || checkout.getOrder().paid()) {
            return;
        }
        OrderAccess access = checkout.access();
        try {
            goingBack = payments.moneyGoingBack(access).orElse(null);
        } catch (DomainException e) {
            goingBack = null;
        }
    }

    /** Money of this buyer that goes back (the order could not have it), or null. */
    public Money getGoingBack() {
        return goingBack;
    }
}
