package org.marquee.core.payment;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds on every node: asks the providers about payments still open when their
 * order's hold ran out (a buyer who never came back, a webhook that never came), and settles each
 * as the provider says: paid (the order is sold, or the money goes back), declined, or given up
 * once the provider confirms nothing was paid {@code MARQUEE_PAYMENT_ABANDON_SECONDS} after the
 * hold ran out. Then pays back what is due, with the provider's idempotency key, so a refund
 * retried after a crash pays once. Safe on several nodes at once: every step is idempotent and
 * serialised on the order's row.
 */
@Singleton
@DependsOn({"Migrations", "DemoData"})
public class PaymentReconciliation {

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @Inject
    private PaymentProviders providers;

    @EJB
    private PaymentLedger ledger;

    @EJB
    private PaymentCheckout checkout;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        ledger.dueForReconciliation(BATCH).forEach(this::reconcile);
        ledger.refundsDue(BATCH).forEach(this::refund);
    }

    void reconcile(Payment payment) {
        try {
            if (payment.paymentRef() == null) {
                // The provider never answered the create (or we never kept its answer): a late
                // confirmation still finds this payment through its order id.
                if (ledger.pastAbandoning(payment)) {
                    ledger.abandon(payment.id());
                }
                return;
            }
            if (!providers.offers(payment.provider())) {
                LOG.warning(() ->
                        "Payment " + payment.id() + " is with " + payment.provider() + ", which is not configured");
                postpone(payment);
                return;
            }
            Confirmation confirmation = checkout.settle(
                    providers.get(payment.provider()), payment.paymentRef(), PaymentSource.RECONCILIATION);
            if (confirmation == Confirmation.NOT_PAID && ledger.pastAbandoning(payment)) {
                ledger.abandon(payment.id());
            }
        } catch (RuntimeException e) {
            // Asked again after the others; one payment's trouble does not stop the rest.
            LOG.log(Level.WARNING, "Reconciling payment " + payment.id() + " failed: " + e.getMessage());
            postpone(payment);
        }
    }

    void refund(Payment payment) {
        try {
            if (!providers.offers(payment.provider())) {
                LOG.warning(() -> "Payment " + payment.id() + " is due back through " + payment.provider()
                        + ", which is not configured");
                postpone(payment);
                return;
            }
            ProviderRefund refund = providers
                    .get(payment.provider())
                    .refund(
                            payment.paymentRef(),
                            payment.captureRef(),
                            payment.amount(),
                            "marquee-refund-" + payment.id());
            ledger.refunded(payment.id(), refund);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Paying back payment " + payment.id() + " failed: " + e.getMessage());
            postpone(payment);
        }
    }

    private void postpone(Payment payment) {
        try {
            ledger.postpone(payment.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Postponing payment " + payment.id() + " failed: " + e.getMessage());
        }
    }
}
