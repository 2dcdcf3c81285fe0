/**
 * Tickets and the door: a {@link org.marquee.core.checkin.Ticket} per seat or standing place of a
 * PAID order (issued by {@link org.marquee.core.checkin.TicketIssuer} in the sale's transaction,
 * voided when tickets are withdrawn), its signed QR code ({@link
 * org.marquee.core.checkin.TicketCode}, Ed25519 with a key per event from {@link
 * org.marquee.core.checkin.EventKeys}), the ticket PDF and the Wallet pass, and the door: {@link
 * org.marquee.core.checkin.TicketValidation} checks a ticket in once, for staff within their scope
 * or a {@link org.marquee.core.checkin.DoorTokens door token}, and logs every scan.
 */
package org.marquee.core.checkin;
