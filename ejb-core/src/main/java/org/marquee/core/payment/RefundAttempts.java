package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One attempt of a decided refund at its provider, outside any transaction: taken (leased) in
 * one, the provider called with the refund's idempotency key, its answer recorded in another. A
 * crash between the call and the record leaves the refund REQUESTED: the next attempt, with the
 * same key, gets the provider's first answer, so nothing is paid twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundAttempts {

    private static final Logger LOG = Logger.getLogger(RefundAttempts.class.getName());

    @EJB
    private RefundLedger ledger;

    @Inject
    private PaymentProviders providers;

    /** Tries the refund now if it is due ({@code evenIfNotDue}: a person asked for it just now). */
    public RefundOutcome attempt(long refundId, boolean evenIfNotDue) {
        Optional<RefundLedger.Attempt> taken = ledger.take(refundId, evenIfNotDue);
        if (taken.isPresent()) {
            call(taken.get());
        }
        return outcome(ledger.find(refundId));
    }

    private void call(RefundLedger.Attempt attempt) {
        ProviderRefund answer;
        try {
            if (!providers.offers(attempt.provider())) {
                throw new ProviderUnavailable(attempt.provider(), "not configured on this server");
            }
            answer = providers
                    .get(attempt.provider())
                    .refund(attempt.paymentRef(), attempt.captureRef(), attempt.amount(), attempt.key());
        } catch (ProviderUnavailable e) {
            LOG.warning(
                    () -> "Refund " + attempt.refundId() + " failed at " + attempt.provider() + ": " + e.getMessage());
            ledger.attemptFailed(attempt.refundId(), String.valueOf(e.arguments()[1]), e.refused());
            return;
        } catch (RuntimeException e) {
            ledger.attemptFailed(attempt.refundId(), e.toString(), false);
            return;
        }
        ledger.answered(attempt.refundId(), answer);
    }

    static RefundOutcome outcome(OrderRefund refund) {
        return switch (refund.status()) {
            case SUCCEEDED -> RefundOutcome.REFUNDED;
            case FAILED -> RefundOutcome.FAILED;
            case REQUESTED -> RefundOutcome.RETRYING;
        };
    }
}
