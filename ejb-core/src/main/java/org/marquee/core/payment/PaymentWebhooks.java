package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.marquee.core.platform.NotFound;

/**
 * The providers' webhooks: verified first (a forged one is refused and nothing is stored), then
 * stored once by the provider's event id, then acted on through the same confirmation as the
 * buyer's return. A second delivery of an event changes nothing; events out of order are safe
 * because each is checked against what the provider says of the payment, and a payment whose
 * money was taken never moves back. An event whose handling failed is handled again when the
 * provider delivers it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentWebhooks {

    private static final Logger LOG = Logger.getLogger(PaymentWebhooks.class.getName());

    @Inject
    private PaymentProviders providers;

    @EJB
    private PaymentEvents events;

    @EJB
    private PaymentCheckout checkout;

    @EJB
    private PaymentLedger ledger;

    /** Handles one delivery; returns what it did (DUPLICATE for an event handled before). */
    public String receive(Provider provider, Map<String, String> headers, String body) {
        if (provider == Provider.TEST || !providers.offers(provider)) {
            throw new NotFound("Payment provider", provider.name());
        }
        PaymentProvider payments = providers.get(provider);
        WebhookEvent event = payments.verify(headers, body);
        if (!fresh(provider, event, body)) {
            return "DUPLICATE";
        }
        String outcome;
        try {
            outcome = act(payments, event);
        } catch (RuntimeException e) {
            events.outcome(provider, event.eventId(), PaymentEventRecord.FAILED, null);
            throw e;
        }
        events.outcome(
                provider,
                event.eventId(),
                outcome,
                event.payment().map(ProviderState::orderId).orElse(null));
        return outcome;
    }

    private boolean fresh(Provider provider, WebhookEvent event, String body) {
        try {
            return events.record(provider, event, body);
        } catch (RuntimeException e) {
            if (events.stored(provider, event.eventId())) {
                // Another delivery of the same event stored it at this moment (unique key).
                LOG.fine(() -> provider + " event " + event.eventId() + " arrived twice at once");
                return false;
            }
            throw e;
        }
    }

    private String act(PaymentProvider provider, WebhookEvent event) {
        if (event.payment().isEmpty()) {
            return "IGNORED";
        }
        ProviderState state = event.payment().get();
        return switch (state.status()) {
            case SUCCEEDED -> ledger.confirm(provider.provider(), state, PaymentSource.WEBHOOK)
                    .name();
            case APPROVED -> checkout.settle(provider, state.paymentRef(), PaymentSource.WEBHOOK)
                    .name();
            case FAILED -> {
                ledger.failed(provider.provider(), state.paymentRef(), "Declined (" + event.type() + ")");
                yield "FAILED";
            }
            case OPEN -> "NOTED";
        };
    }
}
