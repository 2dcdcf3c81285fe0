package org.marquee.core.marketing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.marquee.core.order.NewsletterTicked;

/** The newsletter box ticked at checkout becomes an opt-in, in the checkout's own transaction. */
@ApplicationScoped
public class CheckoutOptIns {

    @EJB
    private NewsletterSubscriptions subscriptions;

    void ticked(@Observes NewsletterTicked ticked) {
        subscriptions.subscribe(ticked.email(), ticked.language(), OptInSource.CHECKOUT);
    }
}
