/**
 * Promo codes: an event's codes with their discount, validity window, limits and scope; their
 * uses by orders, counted with one conditional UPDATE so that a limit is never passed; and the
 * price of an order's tickets with the code's discount.
 */
package org.marquee.core.promo;
