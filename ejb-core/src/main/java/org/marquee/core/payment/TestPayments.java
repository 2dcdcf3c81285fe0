package org.marquee.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.core.platform.Money;

/**
 * The demo's test payment: no money moves, no provider is asked. A payment is approved the moment
 * it is created and succeeds at its capture, through the same confirmation as the real providers.
 * Its reference carries what a provider would remember (order, amount, currency), so it needs no
 * state. Offered only in demo mode and while no real provider is configured ({@link
 * PaymentProviders}).
 */
@ApplicationScoped
public class TestPayments implements PaymentProvider {

    private static final Pattern REF = Pattern.compile("test_(\\d+)_(\\d+)_([A-Z]{3})_(\\d+)");

    @Override
    public Provider provider() {
        return Provider.TEST;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public ProviderPayment create(Charge charge) {
        String key = charge.idempotencyKey().replaceAll("\\D", "");
        String ref = "test_" + charge.orderId() + "_" + charge.amount().minor() + "_"
                + charge.amount().currency() + "_" + (key.isEmpty() ? "0" : key);
        return new ProviderPayment(ref, null, null);
    }

    @Override
    public ProviderState state(String paymentRef) {
        return parse(paymentRef, ProviderState.Status.APPROVED);
    }

    @Override
    public ProviderState capture(String paymentRef) {
        return parse(paymentRef, ProviderState.Status.SUCCEEDED);
    }

    @Override
    public ProviderRefund refund(String paymentRef, String captureRef, Money amount, String idempotencyKey) {
        return new ProviderRefund("test_refund_" + idempotencyKey, amount, false);
    }

    @Override
    public WebhookEvent verify(Map<String, String> headers, String body) {
        throw new ForgedWebhook(Provider.TEST, "the test payment sends no webhooks");
    }

    private static ProviderState parse(String ref, ProviderState.Status status) {
        Matcher m = REF.matcher(ref == null ? "" : ref);
        if (!m.matches()) {
            throw new ProviderUnavailable(Provider.TEST, "no such test payment: " + ref);
        }
        return new ProviderState(
                ref,
                status,
                Money.ofMinor(Long.parseLong(m.group(2)), m.group(3)),
                Long.parseLong(m.group(1)),
                status == ProviderState.Status.SUCCEEDED ? ref : null);
    }
}
