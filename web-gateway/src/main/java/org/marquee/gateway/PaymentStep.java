package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import org.marquee.core.order.CheckoutStep;
import org.marquee.core.order.CheckoutView;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.payment.PaymentProviders;
import org.marquee.core.payment.StartedPayment;
import org.marquee.core.payment.StripeForm;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * The payment page: the final totals, then paying with the method chosen. A card payment needs
 * the provider's payment before the buyer types anything (Stripe's form is bound to it), so it is
 * started when the page opens; a reload resumes the same payment. PayPal is started by its button,
 * which sends the buyer to PayPal; the demo's test payment completes at once. The order's frame
 * (countdown, refusals) is {@link Checkout}'s.
 */
@Named("pay")
@ViewScoped
public class PaymentStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the return from the provider says went wrong ({@code ?payment=}): each has a message. */
    private static final Set<String> OUTCOMES = Set.of("cancelled", "notPaid", "unavailable", "refused");

    @EJB
    private PaymentCheckout payments;

    @Inject
    private Checkout checkout;

    @Inject
    private PaymentProviders providers;

    private StartedPayment started;

    /** Before the page first renders, after the frame's check (a postback re-renders what it has). */
    public void open() throws IOException {
        CheckoutView order = checkout.getOrder();
        if (FacesContext.getCurrentInstance().isPostback()
                || order == null
                || !order.live()
                || CheckoutStep.PAYMENT.isAfter(order.step())) {
            return;
        }
        String outcome = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("payment");
        if (outcome != null && OUTCOMES.contains(outcome)) {
            Messages.error(null, "checkout.payment.outcome." + outcome);
        }
        if (order.paymentMethod() == PaymentMethod.CARD
                && order.totals().total().minor() > 0
                && start()) {
            // The hold was extended for the payment: the countdown shows its new end.
            checkout.refresh();
        }
    }

    /** PayPal: the payment is created there, and the buyer goes to PayPal to approve it. */
    public void payWithPayPal() throws IOException {
        if (start() && started.approvalUrl() != null) {
            checkout.refresh();
            FacesContext.getCurrentInstance().getExternalContext().redirect(started.approvalUrl());
        }
    }

    /** An order with nothing to pay, or the demo's test payment: done here and now. */
    public void complete() throws IOException {
        try {
            if (checkout.getOrder().paymentMethod() == PaymentMethod.TEST) {
                payments.payTest(checkout.access(), language());
            } else if (!start()) {
                return;
            }
            toThankYou();
        } catch (DomainException e) {
            Messages.error(null, e.messageKey(), e.arguments());
        }
    }

    private boolean start() throws IOException {
        try {
            started = payments.start(checkout.access(), language());
        } catch (DomainException e) {
            Messages.error(null, e.messageKey(), e.arguments());
            return false;
        }
        if (started.paid()) {
            toThankYou();
            return false;
        }
        return true;
    }

    private void toThankYou() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/done.xhtml?order="
                + checkout.access().orderId());
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** Stripe's form is ready: the payment exists at Stripe and the page can bind its form to it. */
    public boolean isCardFormReady() {
        return started != null && started.clientSecret() != null;
    }

    public String getClientSecret() {
        return started == null ? null : started.clientSecret();
    }

    public String getReturnUrl() {
        return started == null ? null : started.returnUrl();
    }

    public StripeForm getStripe() {
        return providers.stripeForm();
    }

    /** Nothing to pay (a promo code covered it all): one button confirms the order. */
    public boolean isFree() {
        return checkout.getOrder() != null
                && checkout.getOrder().totals().total().minor() == 0;
    }
}
