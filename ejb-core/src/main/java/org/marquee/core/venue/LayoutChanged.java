package org.marquee.core.venue;

/**
 * A venue's layout changed in a way that changes what its sessions can sell: a section added or
 * resized, a seat disabled or enabled. Fired in the changing transaction, after the change is
 * written, for the areas above (the inventory of the sessions on sale follows it, or refuses the
 * change by throwing, which rolls it back). The venue area knows none of them.
 */
public record LayoutChanged(long venueId) {}
