package org.marquee.core.invoice;

import java.io.Serializable;
import java.math.BigDecimal;

/** A country's VAT rate in percent (null: none set, invoices show 0%). */
public record VatRate(String countryCode, String countryName, BigDecimal percent) implements Serializable {}
