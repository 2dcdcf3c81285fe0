/**
 * Orders of the checkout gateway: {@link org.marquee.core.order.EventSessionOrder} with its PNR,
 * the secret only its buyer holds, its status machine and its expiry; {@link
 * org.marquee.core.order.Orders} starts them and keeps their ticket count, which the inventory's
 * claims change in the same transaction as the seats. After the sale: the buyer's own orders and
 * the signed link of an order's email ({@link org.marquee.core.order.BuyerOrders}, {@link
 * org.marquee.core.order.OrderLinks}), its calendar file ({@link
 * org.marquee.core.order.SessionCalendar}) and its text messages ({@link
 * org.marquee.core.order.OrderTexts}, {@link org.marquee.core.order.SessionReminders}).
 */
package org.marquee.core.order;
