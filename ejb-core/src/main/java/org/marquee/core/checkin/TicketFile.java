package org.marquee.core.checkin;

/** A file made for the buyer: the ticket PDF or a Wallet pass. */
public record TicketFile(String fileName, String contentType, byte[] content) {}
