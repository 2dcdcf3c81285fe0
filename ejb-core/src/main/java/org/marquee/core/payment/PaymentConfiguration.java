package org.marquee.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/** The payment providers' settings and timings of this server, read once from its environment. */
@ApplicationScoped
public class PaymentConfiguration {

    private static final Logger LOG = Logger.getLogger(PaymentConfiguration.class.getName());

    @Produces
    @Singleton
    PaymentTimings timings() {
        return PaymentTimings.from(System::getenv);
    }

    @Produces
    @Singleton
    StripeSettings stripe() {
        StripeSettings settings = StripeSettings.from(System::getenv);
        LOG.info(settings::toString);
        return settings;
    }

    @Produces
    @Singleton
    PayPalSettings payPal() {
        PayPalSettings settings = PayPalSettings.from(System::getenv);
        LOG.info(settings::toString);
        return settings;
    }

    /**
     * For the checkout's card form. Dependent, not a singleton: a view-scoped page bean keeps it
     * in its (passivating) scope, and Weld accepts only a serializable dependent value there, never
     * a pseudo-scoped singleton (WELD-001413 at deployment).
     */
    @Produces
    StripeForm stripeForm(StripeSettings stripe) {
        return stripe.form();
    }
}
