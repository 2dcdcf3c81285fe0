package org.marquee.core.promo;

import java.util.ArrayList;
import java.util.List;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.catalog.SessionPrices.CategoryPrices;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.ServiceFee;

/**
 * Prices chosen tickets with an order's code, in minor units. Lines the code applies to (all, or
 * those of its category) are summed and the discount is taken off that sum once: a percentage
 * rounded down, a fixed amount at most that sum, so the total never goes below zero.
 */
public final class PriceComputation {

    private PriceComputation() {}

    /**
     * The quote, or a refusal: a section the session does not sell, a category that is not the
     * session's or not sold in that section ({@link IllegalArgumentException}), or a hidden category
     * that the order's code does not unlock ({@link CategoryLocked}).
     */
    public static PriceQuote quote(SessionPrices prices, List<TicketChoice> choices, AppliedPromo promo) {
        return quote(prices, choices, promo, ServiceFee.NONE);
    }

    /** The quote with the platform's service fee on what the tickets cost after the discount. */
    public static PriceQuote quote(
            SessionPrices prices, List<TicketChoice> choices, AppliedPromo promo, ServiceFee serviceFee) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one ticket");
        }
        Money zero = Money.zero(prices.currency());
        Money subtotal = zero;
        Money eligible = zero;
        List<PriceQuote.Line> lines = new ArrayList<>();
        for (TicketChoice choice : choices) {
            Money unit = unitPrice(prices, choice, promo);
            Money amount = unit.times(choice.quantity());
            boolean discounted = promo != null && promo.appliesTo(choice.priceCategoryId());
            subtotal = subtotal.plus(amount);
            if (discounted) {
                eligible = eligible.plus(amount);
            }
            lines.add(new PriceQuote.Line(
                    choice.sectionId(), choice.priceCategoryId(), choice.quantity(), unit, amount, discounted));
        }
        Money discount = promo == null ? zero : promo.discount().off(eligible);
        Money discounted = subtotal.minus(discount);
        int tickets = choices.stream().mapToInt(TicketChoice::quantity).sum();
        Money fee = serviceFee.on(discounted, tickets);
        return new PriceQuote(lines, subtotal, discount, fee, discounted.plus(fee), promo);
    }

    private static Money unitPrice(SessionPrices prices, TicketChoice choice, AppliedPromo promo) {
        Money sectionPrice = prices.sections().get(choice.sectionId());
        if (sectionPrice == null) {
            throw new IllegalArgumentException(
                    "Section " + choice.sectionId() + " is not sold by session " + prices.sessionId());
        }
        if (choice.priceCategoryId() == null) {
            return sectionPrice;
        }
        CategoryPrices category = prices.category(choice.priceCategoryId())
                .orElseThrow(() -> new IllegalArgumentException(
                        "Price category " + choice.priceCategoryId() + " is not one of session " + prices.sessionId()));
        if (!category.isPublic() && (promo == null || !promo.unlocks(category.id()))) {
            throw new CategoryLocked(category.id());
        }
        Money price = category.prices().get(choice.sectionId());
        if (price == null) {
            throw new IllegalArgumentException(
                    category.name() + " tickets are not sold in section " + choice.sectionId());
        }
        return price;
    }
}
