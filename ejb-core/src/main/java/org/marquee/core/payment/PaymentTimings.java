package org.marquee.core.payment;

import java.time.Duration;
import java.util.function.Function;

/**
 * How long payments may take, from the server's environment: {@code MARQUEE_PAYMENT_HOLD_MINUTES}
 * (how much longer an order's seats are held once its buyer starts to pay; default 10) and {@code
 * MARQUEE_PAYMENT_ABANDON_SECONDS} (how long after the hold ran out an unfinished payment is given
 * up, once its provider confirmed it is not paid; default 120).
 */
public record PaymentTimings(Duration paymentHold, Duration abandonAfter) {

    public static PaymentTimings from(Function<String, String> environment) {
        return new PaymentTimings(
                Duration.ofMinutes(number(environment, "MARQUEE_PAYMENT_HOLD_MINUTES", 10, 1, 60)),
                Duration.ofSeconds(number(environment, "MARQUEE_PAYMENT_ABANDON_SECONDS", 120, 0, 3600)));
    }

    private static long number(Function<String, String> environment, String name, long fallback, long min, long max) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value, e);
        }
    }
}
