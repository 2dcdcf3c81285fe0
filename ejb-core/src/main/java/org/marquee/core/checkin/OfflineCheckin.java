package org.marquee.core.checkin;

import java.time.Instant;

/** A check-in an offline device made: the code it scanned and when (the device's clock). */
public record OfflineCheckin(String code, Instant scannedAt) {

    /** The most check-ins one sync request carries. */
    public static final int MAX_BATCH = 500;
}
