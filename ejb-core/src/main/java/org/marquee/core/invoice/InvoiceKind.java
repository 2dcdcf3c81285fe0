package org.marquee.core.invoice;

/** An invoice of a paid order, or a credit note of a refund that points to it. */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
