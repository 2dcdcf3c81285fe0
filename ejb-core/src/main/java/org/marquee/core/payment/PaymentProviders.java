package org.marquee.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.platform.InvalidInput;

/**
 * The providers this server offers: each real one whose keys are configured, and, only in demo
 * mode ({@code MARQUEE_DEMO=true}) and only while no real one is configured, the test payment. A
 * payment method maps to one provider: card to Stripe, PayPal to PayPal, test to the test payment.
 */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    @Any
    private Instance<PaymentProvider> all;

    private Map<Provider, PaymentProvider> offered;

    /** The methods a buyer may choose, in the order the page lists them. */
    public List<PaymentMethod> methods() {
        return offered().keySet().stream().map(PaymentProviders::method).toList();
    }

    /** The provider behind a method, if offered; otherwise a clear refusal. */
    public PaymentProvider forMethod(PaymentMethod method) {
        return get(provider(method));
    }

    /** The provider, if offered; otherwise a clear refusal. */
    public PaymentProvider get(Provider provider) {
        PaymentProvider found = offered().get(provider);
        if (found == null) {
            throw new InvalidInput("Paying with " + provider + " is not offered here");
        }
        return found;
    }

    public boolean offers(Provider provider) {
        return offered().containsKey(provider);
    }

    public static Provider provider(PaymentMethod method) {
        return switch (method) {
            case CARD -> Provider.STRIPE;
            case PAYPAL -> Provider.PAYPAL;
            case TEST -> Provider.TEST;
        };
    }

    static PaymentMethod method(Provider provider) {
        return switch (provider) {
            case STRIPE -> PaymentMethod.CARD;
            case PAYPAL -> PaymentMethod.PAYPAL;
            case TEST -> PaymentMethod.TEST;
        };
    }

    private synchronized Map<Provider, PaymentProvider> offered() {
        if (offered == null) {
            offered = choose(all.stream().toList(), demoMode());
        }
        return offered;
    }

    /** The rule, apart from CDI: real providers with keys; the test payment only in a demo without them. */
    static Map<Provider, PaymentProvider> choose(List<PaymentProvider> providers, boolean demo) {
        Map<Provider, PaymentProvider> chosen = new EnumMap<>(Provider.class);
        providers.stream()
                .filter(p -> p.provider() != Provider.TEST && p.configured())
                .forEach(p -> chosen.put(p.provider(), p));
        if (demo && chosen.isEmpty()) {
            providers.stream()
                    .filter(p -> p.provider() == Provider.TEST)
                    .findFirst()
                    .ifPresent(p -> chosen.put(Provider.TEST, p));
        }
        return chosen;
    }

    private static boolean demoMode() {
        return Boolean.parseBoolean(System.getenv("MARQUEE_DEMO")) || Boolean.getBoolean("marquee.demo");
    }
}
