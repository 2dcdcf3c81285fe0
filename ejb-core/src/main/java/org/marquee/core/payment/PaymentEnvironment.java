package org.marquee.core.payment;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/** Reading the providers' settings from the environment: blank is unset. */
final class PaymentEnvironment {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private PaymentEnvironment() {}

    static String value(Function<String, String> environment, String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static URI uri(Function<String, String> environment, String name, URI otherwise) {
        String value = value(environment, name);
        return value == null ? otherwise : URI.create(value);
    }

    static Duration timeout(Function<String, String> environment) {
        String value = value(environment, "MARQUEE_PAYMENT_TIMEOUT_SECONDS");
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("MARQUEE_PAYMENT_TIMEOUT_SECONDS is a positive number of seconds: " + value);
    }
}
