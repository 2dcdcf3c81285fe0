package org.marquee.core.invoice;

/** A number of an issuer's year: {@code 2026-000123}. */
public record InvoiceNumber(String issuer, int year, int sequence) {

    public InvoiceNumber {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("Invoice numbers run from 1 to 999999 a year: " + sequence);
        }
    }

    public String text() {
        return String.format("%d-%06d", year, sequence);
    }
}
