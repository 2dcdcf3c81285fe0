package org.marquee.core.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.inventory.OrderHoldings;

/**
 * An order as the checkout pages show it: its state, the step reached, what the buyer chose so
 * far, the session it is for, what it holds (or bought) and what that costs, and the totals fixed
 * when its buyer started to pay ({@code fixed}, null before). An order past its expiry is {@code
 * expired} and holds nothing, even before the sweeper cancelled it.
 */
public record CheckoutView(
        long orderId,
        String pnr,
        OrderStatus status,
        boolean expired,
        Instant expireIfNotCompletedAt,
        int maxTickets,
        CheckoutStep step,
        int requestedTickets,
        Map<Long, Integer> amounts,
        BuyerAddress address,
        boolean newsletterOptIn,
        PaymentMethod paymentMethod,
        SessionOffer offer,
        OrderHoldings holdings,
        OrderTotals totals,
        java.util.List<OrderItem> items,
        FixedTotals fixed)
        implements Serializable {

    public CheckoutView {
        amounts = Map.copyOf(amounts);
        items = java.util.List.copyOf(items);
    }

    /** Open for the buyer's changes: PENDING and within its hold. */
    public boolean live() {
        return status == OrderStatus.PENDING && !expired;
    }

    public boolean paid() {
        return status == OrderStatus.PAID;
    }

    public int held() {
        return holdings.tickets();
    }

    /** How many seats or places are still to choose (negative: more held than asked for). */
    public int toChoose() {
        return requestedTickets - holdings.tickets();
    }
}
