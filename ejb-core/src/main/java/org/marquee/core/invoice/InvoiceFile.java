package org.marquee.core.invoice;

/** A document as a file: its name, media type and bytes (the HTML page or the PDF). */
public record InvoiceFile(String fileName, String contentType, byte[] content) {}
