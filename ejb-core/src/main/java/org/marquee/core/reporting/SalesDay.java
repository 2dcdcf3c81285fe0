package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.LocalDate;

/** Tickets of orders that are PAID now, by the day their payment was confirmed. */
public record SalesDay(LocalDate day, long tickets) implements Serializable {}
