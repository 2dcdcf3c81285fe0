/**
 * What each session has for sale, as rows: one per seat ({@code session_seat}) and one per
 * standing place ({@code session_place}), made when the session goes on sale
 * ({@link org.marquee.core.inventory.InventoryOpening}). A claim or release is one conditional
 * UPDATE ({@link org.marquee.core.inventory.SeatClaims}, {@link
 * org.marquee.core.inventory.PlaceClaims}) in the transaction that counts the tickets into the
 * order; {@link org.marquee.core.inventory.HoldSweeper} frees what expired orders held. Every
 * change fires {@link org.marquee.core.inventory.AvailabilityChanged}; on PostgreSQL {@link
 * org.marquee.core.inventory.AvailabilityChannel} carries it to the other nodes (LISTEN/NOTIFY),
 * where it arrives as {@link org.marquee.core.inventory.AvailabilityChangedElsewhere}.
 */
package org.marquee.core.inventory;
