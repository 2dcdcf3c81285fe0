package org.marquee.core.platform;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The platform's service fee on an order: a percentage (in basis points) of what the tickets cost
 * after the discount, rounded half up to the currency's minor unit, plus a fixed amount per ticket
 * in the order's currency. Tickets that cost nothing carry no fee: a free order stays free.
 */
public record ServiceFee(int percentBasisPoints, long fixedMinorPerTicket) implements Serializable {

    public static final ServiceFee NONE = new ServiceFee(0, 0);

    public ServiceFee {
        if (percentBasisPoints < 0 || percentBasisPoints > 10_000) {
            throw new IllegalArgumentException("The percentage fee is between 0% and 100%");
        }
        if (fixedMinorPerTicket < 0) {
            throw new IllegalArgumentException("The fixed fee cannot be negative");
        }
    }

    /** The fee on tickets costing {@code discounted} together, {@code tickets} of them. */
    public Money on(Money discounted, int tickets) {
        if (discounted.minor() <= 0 || tickets <= 0) {
            return Money.zero(discounted.currency());
        }
        long percent = BigDecimal.valueOf(discounted.minor())
                .multiply(BigDecimal.valueOf(percentBasisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Money.ofMinor(
                Math.addExact(percent, Math.multiplyExact(fixedMinorPerTicket, tickets)), discounted.currency());
    }
}
