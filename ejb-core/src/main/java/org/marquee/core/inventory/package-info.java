/**
 * What each session has for sale, as rows: one per seat ({@code session_seat}) and one per
 * standing place ({@code session_place}), made when the session goes on sale
 * ({@link org.marquee.core.inventory.InventoryOpening}). A hold or release is one conditional
 * UPDATE ({@link org.marquee.core.inventory.SeatHolds}, {@link
 * org.marquee.core.inventory.PlaceHolds}) in the caller's transaction: the order's claim, which
 * counts the tickets into the order (the {@code order} area, above this one, which this area
 * never imports); {@link org.marquee.core.inventory.ReleasedHolds} frees what orders closed
 * without a sale held. Every change fires {@link org.marquee.core.inventory.AvailabilityChanged};
 * on PostgreSQL {@link org.marquee.core.inventory.AvailabilityChannel} carries it to the other
 * nodes (LISTEN/NOTIFY), where it arrives as {@link
 * org.marquee.core.inventory.AvailabilityChangedElsewhere}.
 */
package org.marquee.core.inventory;
