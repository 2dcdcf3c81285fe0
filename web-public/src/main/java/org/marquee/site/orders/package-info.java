/**
 * The buyer's orders: the list and the page of one order in the account area, the same page
 * through the signed link of an order's email (no login, that order only), and the calendar file
 * of an order's session. The rules live in {@code org.marquee.core.order.BuyerOrders}.
 */
package org.marquee.site.orders;
