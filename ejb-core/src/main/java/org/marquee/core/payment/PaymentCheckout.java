package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.marquee.core.identity.AccountLinks;
import org.marquee.core.order.OrderAccess;

/**
 * The buyer's side of paying: starting a payment at the provider of the method they chose, and
 * coming back from it. The provider is never called inside a transaction: the payment's row is
 * committed before the call, its reference after it, so a slow provider holds no lock and a crash
 * in between loses nothing (see {@link PaymentLedger}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentCheckout {

    @Inject
    private PaymentProviders providers;

    @EJB
    private PaymentLedger ledger;

    /**
     * Starts (or resumes) the payment of a live order at the step "payment": its totals become
     * final, its hold is extended, and the provider creates the payment. An order with nothing to
     * pay is PAID at once. {@link ProviderUnavailable} when the provider did not answer: nothing was
     * charged, and starting again is safe.
     */
    public StartedPayment start(OrderAccess access, String language) {
        String base = AccountLinks.from(System::getenv).base() + "/checkout/";
        Prepared prepared = ledger.prepare(
                access,
                language,
                base + "return?order=" + access.orderId(),
                base + "payment.xhtml?order=" + access.orderId());
        if (prepared.free()) {
            return StartedPayment.alreadyPaid();
        }
        PaymentProvider provider = providers.get(prepared.provider());
        ProviderPayment created;
        try {
            created = provider.create(prepared.charge());
        } catch (ProviderUnavailable e) {
            // Stripe replays a failed answer for the same idempotency key: the next try needs a new
            // payment (a timed-out create the provider did make is never paid: nobody got its form).
            ledger.createFailed(prepared.paymentId(), e.getMessage());
            throw e;
        }
        ledger.attach(prepared.paymentId(), created.paymentRef());
        return new StartedPayment(
                prepared.provider(),
                created.paymentRef(),
                created.clientSecret(),
                created.approvalUrl(),
                prepared.charge().returnUrl(),
                false);
    }

    /**
     * The buyer is back from the provider with the payment's reference: what the provider says now
     * decides (a payment the buyer approved is captured first). Only the order's own buyer may ask,
     * and only about one of the order's payments.
     */
    public Confirmation returned(OrderAccess access, String paymentRef) {
        Payment payment = ledger.ofOrder(access, paymentRef);
        return settle(providers.get(payment.provider()), paymentRef, PaymentSource.RETURN);
    }

    /**
     * The money of this order's buyer that is being (or was) paid back because the order could
     * not have it, for the page that tells them; empty when there is none.
     */
    public java.util.Optional<org.marquee.core.platform.Money> moneyGoingBack(OrderAccess access) {
        ledger.ofOrder(access);
        return ledger.payments(access.orderId()).stream()
                .filter(p -> p.status() == PaymentStatus.REFUND_DUE || p.status() == PaymentStatus.REFUNDED)
                .map(Payment::amount)
                .reduce(org.marquee.core.platform.Money::plus);
    }

    /** The demo's test payment: started and confirmed in one go, through the same path as the real ones. */
    public Confirmation payTest(OrderAccess access, String language) {
        StartedPayment started = start(access, language);
        if (started.paid()) {
            return Confirmation.PAID;
        }
        if (started.provider() != Provider.TEST) {
            throw new IllegalStateException("The order is to be paid with " + started.provider());
        }
        return returned(access, started.paymentRef());
    }

    /**
     * Asks the provider about a payment and acts on its answer (a payment the buyer approved is
     * captured first); shared by the return, the webhooks and the reconciliation.
     */
    public Confirmation settle(PaymentProvider provider, String paymentRef, PaymentSource source) {
        ProviderState state = provider.state(paymentRef);
        if (state.status() == ProviderState.Status.APPROVED) {
            state = provider.capture(paymentRef);
        }
        return switch (state.status()) {
            case SUCCEEDED -> ledger.confirm(provider.provider(), state, source);
            case FAILED -> {
                ledger.failed(provider.provider(), paymentRef, "Declined by " + provider.provider());
                yield Confirmation.NOT_PAID;
            }
            case OPEN, APPROVED -> Confirmation.NOT_PAID;
        };
    }
}
