package org.marquee.core.invoice;

import java.io.Serializable;

/** Who issues the invoices: name, postal address (lines) and VAT id (null: none). */
public record IssuerDetails(String name, String address, String vatId) implements Serializable {}
