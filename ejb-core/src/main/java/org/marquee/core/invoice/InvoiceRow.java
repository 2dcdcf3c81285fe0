package org.marquee.core.invoice;

import java.io.Serializable;
import java.time.Instant;
import org.marquee.core.platform.Money;

/** An issued document as a list shows it, with the number of the invoice a credit note refers to. */
public record InvoiceRow(
        long id, InvoiceKind kind, String number, Instant issuedAt, Money total, String refersTo, String fileName)
        implements Serializable {}
