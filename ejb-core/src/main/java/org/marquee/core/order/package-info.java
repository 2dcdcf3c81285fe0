/**
 * Orders of the checkout gateway: {@link org.marquee.core.order.EventSessionOrder} with its PNR,
 * the secret only its buyer holds, its status machine and its expiry; {@link
 * org.marquee.core.order.Orders} starts them and keeps their ticket count, which the inventory's
 * claims change in the same transaction as the seats.
 */
package org.marquee.core.order;
