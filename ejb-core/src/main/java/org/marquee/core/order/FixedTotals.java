package org.marquee.core.order;

import java.io.Serializable;
import org.marquee.core.platform.Money;

/** An order's totals as fixed when its buyer started to pay: what the charge and the receipt say. */
public record FixedTotals(Money subtotal, Money discount, Money fee, Money total) implements Serializable {}
