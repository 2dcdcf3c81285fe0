package org.marquee.core.promo;

import org.marquee.core.inventory.InventoryOpening;

/** A test fixture: promo naming inventory, its peer on the same level, which LayeringTest must refuse. */
public final class PeerImport {

    InventoryOpening opening;
}
