package org.marquee.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.checkin.PrintedTicket;
import org.marquee.core.checkin.TicketDocuments;
import org.marquee.core.checkin.WalletPasses;
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

    @EJB
    private TicketDocuments tickets;

    @EJB
    private WalletPasses passes;

    private Money goingBack;

    private List<Long> passTickets = List.of();

    @PostConstruct
    void init() {
        if (checkout.getOrder() == null) {
            return;
        }
        if (checkout.getOrder().paid()) {
            if (passes.available()) {
                try {
                    passTickets = tickets.printed(checkout.access()).stream()
                            .map(PrintedTicket::ticketId)
                            .toList();
                } catch (DomainException e) {
                    passTickets = List.of();
                }
            }
            return;
        }
        OrderAccess access = checkout.access();
        try {
            goingBack = payments.moneyGoingBack(access).orElse(null);
        } catch (DomainException e) {
            goingBack = null;
        }
    }

    /** The tickets offered as Apple Wallet passes (none when no pass certificate is configured). */
    public List<Long> getPassTickets() {
        return passTickets;
    }

    /** Money of this buyer that goes back (the order could not have it), or null. */
    public Money getGoingBack() {
        return goingBack;
    }
}
