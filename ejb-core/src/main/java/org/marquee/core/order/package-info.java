/**
 * Orders of the checkout gateway: {@link org.marquee.core.order.EventSessionOrder} with its PNR,
 * the secret only its buyer holds, its status machine and its expiry; {@link
 * org.marquee.core.order.Orders} starts them and keeps their ticket count. A claim is the order's
 * operation ({@link org.marquee.core.order.SeatClaims}, {@link org.marquee.core.order.PlaceClaims},
 * {@link org.marquee.core.order.BestAvailable}): it counts the tickets in and holds the seats or
 * places through {@code inventory}, in one transaction; {@link
 * org.marquee.core.order.GroupedSeatClaims} grants a group of simultaneous seat claims with one
 * statement over the orders and the seat rows together (the one place this area writes
 * {@code session_seat} itself, for speed); {@link org.marquee.core.order.SeatClaimQueue} gathers
 * them on the managed executor. {@link org.marquee.core.order.ClaimRule} is when an order may take
 * a ticket, in SQL and Java. {@link org.marquee.core.order.HoldSweeper} closes
 * expired orders and has {@code inventory} free what they held and {@code promo} give back their
 * code uses; {@link org.marquee.core.order.OrderPromos} puts a code on a buyer's order. After the
 * sale: the buyer's own orders and the signed link of an order's email ({@link
 * org.marquee.core.order.BuyerOrders}, {@link org.marquee.core.order.OrderLinks}), its calendar
 * file ({@link org.marquee.core.order.SessionCalendar}) and its text messages ({@link
 * org.marquee.core.order.OrderTexts}, {@link org.marquee.core.order.SessionReminders}). The
 * newsletter box of the checkout is an event ({@link org.marquee.core.order.NewsletterTicked})
 * that {@code marketing} observes.
 */
package org.marquee.core.order;
