package org.marquee.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The payment timings of this server, read once from its environment. */
@ApplicationScoped
public class PaymentConfiguration {

    @Produces
    @Singleton
    PaymentTimings timings() {
        return PaymentTimings.from(System::getenv);
    }
}
