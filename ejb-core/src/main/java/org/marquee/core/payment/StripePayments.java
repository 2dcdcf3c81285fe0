package org.marquee.core.payment;

import com.stripe.StripeClient;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.platform.Money;

/**
 * Stripe through stripe-java: a PaymentIntent per charge, paid in Stripe's own card form (Payment
 * Element) on the checkout page, so the money is taken there and {@link #capture} only reads the
 * state. The SDK does not retry: a failed call is reported at once and the caller asks again.
 */
@ApplicationScoped
public class StripePayments implements PaymentProvider {

    /** The events that carry a payment's outcome; others are acknowledged and ignored. */
    private static final Set<String> PAYMENT_EVENTS =
            Set.of("payment_intent.succeeded", "payment_intent.payment_failed");

    private final StripeSettings settings;
    private final StripeClient client;

    /** For CDI's proxy only. */
    protected StripePayments() {
        this.settings = null;
        this.client = null;
    }

    @Inject
    public StripePayments(StripeSettings settings) {
        this.settings = settings;
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        this.client = settings.secretKey() == null
                ? null
                : StripeClient.builder()
                        .setApiKey(settings.secretKey())
                        .setApiBase(settings.apiBase().toString())
                        .setConnectTimeout(timeoutMillis)
                        .setReadTimeout(timeoutMillis)
                        .setMaxNetworkRetries(0)
                        .build();
    }

    @Override
    public Provider provider() {
        return Provider.STRIPE;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public ProviderPayment create(Charge charge) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(charge.amount().minor())
                .setCurrency(charge.amount().currency().toLowerCase(Locale.ROOT))
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true)
                        .build())
                .putMetadata("order_id", Long.toString(charge.orderId()))
                .putMetadata("pnr", charge.pnr());
        if (charge.description() != null) {
            params.setDescription(charge.description());
        }
        RequestOptions options = RequestOptions.builder()
                .setIdempotencyKey(charge.idempotencyKey())
                .build();
        PaymentIntent intent = call(() -> client().v1().paymentIntents().create(params.build(), options));
        return new ProviderPayment(intent.getId(), intent.getClientSecret(), null);
    }

    @Override
    public ProviderState state(String paymentRef) {
        return stateOf(call(() -> client().v1().paymentIntents().retrieve(paymentRef)));
    }

    /** Stripe's form takes the money itself: nothing to capture, only the state to read. */
    @Override
    public ProviderState capture(String paymentRef) {
        return state(paymentRef);
    }

    @Override
    public ProviderRefund refund(String paymentRef, String captureRef, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentRef)
                .setAmount(amount.minor())
                .build();
        RequestOptions options =
                RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        Refund refund = call(() -> client().v1().refunds().create(params, options));
        return new ProviderRefund(
                refund.getId(),
                Money.ofMinor(refund.getAmount(), refund.getCurrency()),
                !"succeeded".equals(refund.getStatus()));
    }

    @Override
    public WebhookEvent verify(Map<String, String> headers, String body) {
        String signature = PaymentHeaders.value(headers, "Stripe-Signature");
        if (signature == null || body == null || settings.webhookSecret() == null) {
            throw new ForgedWebhook(Provider.STRIPE, "no Stripe-Signature");
        }
        Event event;
        try {
            event = Webhook.constructEvent(body, signature, settings.webhookSecret());
        } catch (SignatureVerificationException e) {
            throw new ForgedWebhook(Provider.STRIPE, e.getMessage());
        } catch (RuntimeException e) {
            // A body that is not an event JSON (gson's parse errors are unchecked).
            throw new ForgedWebhook(Provider.STRIPE, "not an event");
        }
        Optional<ProviderState> payment = Optional.empty();
        if (PAYMENT_EVENTS.contains(event.getType())) {
            payment = Optional.of(stateOf(intentOf(event)));
        }
        return new WebhookEvent(event.getId(), event.getType(), payment);
    }

    /**
     * The event's PaymentIntent. stripe-java hands out the data object only when the event was
     * rendered in its own API version; an endpoint pinned to another version still carries the
     * few fields we read, so those are read regardless.
     */
    private static PaymentIntent intentOf(Event event) {
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        StripeObject intent;
        try {
            intent = object.isPresent()
                    ? object.get()
                    : event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new ProviderUnavailable(Provider.STRIPE, "event " + event.getId() + " unreadable: " + e.getMessage());
        }
        if (intent instanceof PaymentIntent paymentIntent) {
            return paymentIntent;
        }
        throw new ProviderUnavailable(Provider.STRIPE, "event " + event.getId() + " is not about a PaymentIntent");
    }

    static ProviderState stateOf(PaymentIntent intent) {
        ProviderState.Status status =
                switch (intent.getStatus() == null ? "" : intent.getStatus()) {
                    case "succeeded" -> ProviderState.Status.SUCCEEDED;
                    case "canceled" -> ProviderState.Status.FAILED;
                    case "requires_capture" -> ProviderState.Status.APPROVED;
                    default -> ProviderState.Status.OPEN;
                };
        return new ProviderState(
                intent.getId(),
                status,
                Money.ofMinor(intent.getAmount(), intent.getCurrency()),
                orderId(intent.getMetadata()),
                status == ProviderState.Status.SUCCEEDED ? intent.getLatestCharge() : null);
    }

    private static Long orderId(Map<String, String> metadata) {
        String value = metadata == null ? null : metadata.get("order_id");
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private StripeClient client() {
        if (client == null) {
            throw new ProviderUnavailable(Provider.STRIPE, "not configured");
        }
        return client;
    }

    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException e) {
            throw new ProviderUnavailable(Provider.STRIPE, describe(e), ProviderUnavailable.refusal(e.getStatusCode()));
        }
    }

    private static String describe(StripeException e) {
        StringBuilder detail = new StringBuilder(e.getClass().getSimpleName());
        if (e.getStatusCode() != null) {
            detail.append(" HTTP ").append(e.getStatusCode());
        }
        if (e.getCode() != null) {
            detail.append(" ").append(e.getCode());
        }
        return detail.append(": ").append(e.getMessage()).toString();
    }
}
