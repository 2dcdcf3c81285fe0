package org.marquee.core.order;

import java.io.Serializable;
import org.marquee.core.platform.Money;

/** Tickets of one section and price category (null: the session's price) in an order's totals. */
public record TicketLine(String section, String category, int count, Money unitPrice, Money amount)
        implements Serializable {}
