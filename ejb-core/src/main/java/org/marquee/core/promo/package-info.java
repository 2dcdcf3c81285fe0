/**
 * Promo codes: an event's codes with their discount, validity window, limits and scope; their
 * uses by orders, counted with one conditional UPDATE so that a limit is never passed ({@link
 * org.marquee.core.promo.PromoUses}, called by the order's services with the order already
 * checked and locked: this area knows orders only by id, a {@link
 * org.marquee.core.promo.PromoTarget}); and the price of tickets with the code's discount.
 */
package org.marquee.core.promo;
