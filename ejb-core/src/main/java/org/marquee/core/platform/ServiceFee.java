package org.marquee.core.platform;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The platform's service fee on an order: a percentage (in basis points) of what the tickets cost
 * after the discount, rounded half up to the order currency's minor unit, plus a fixed amount per
 * ticket, which is an amount of {@code fixedCurrency} (the platform's default currency).
 *
 * <p>The platform converts no currencies (it has no exchange rates, and a fee must not move with
 * them): an order in another currency (a session in Tokyo sells in JPY) pays the percentage only,
 * never the fixed amount read as minor units of its own currency (50 cents are not ¥50). Tickets
 * that cost nothing carry no fee: a free order stays free.
 */
public record ServiceFee(int percentBasisPoints, long fixedMinorPerTicket, String fixedCurrency)
        implements Serializable {

    public static final ServiceFee NONE = new ServiceFee(0, 0, "EUR");

    public ServiceFee {
        if (percentBasisPoints < 0 || percentBasisPoints > 10_000) {
            throw new IllegalArgumentException("The percentage fee is between 0% and 100%");
        }
        if (fixedMinorPerTicket < 0) {
            throw new IllegalArgumentException("The fixed fee cannot be negative");
        }
        fixedCurrency = Money.zero(fixedCurrency).currency();
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
        long fixed = appliesFixedTo(discounted.currency()) ? Math.multiplyExact(fixedMinorPerTicket, tickets) : 0;
        return Money.ofMinor(Math.addExact(percent, fixed), discounted.currency());
    }

    /** Whether an order in this currency pays the fixed amount per ticket (only in the fee's own currency). */
    public boolean appliesFixedTo(String currency) {
        return fixedCurrency.equals(currency);
    }
}
