/**
 * Invoices and credit notes: one invoice per paid order, issued in the sale's transaction, and a
 * credit note per refund pointing to it; numbered without gaps per issuer and year; rendered once
 * from one template into HTML that is stored and never changed, and from which the PDF is made.
 * VAT rates per venue country (prices include VAT) and the issuer's details are settings.
 */
package org.marquee.core.invoice;
