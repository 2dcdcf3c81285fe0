package org.marquee.core.platform;

import org.marquee.core.order.Orders;

/** A test fixture: platform naming an area above it, which LayeringTest must refuse. */
public final class UpwardImport {

    Orders orders;
}
