package org.marquee.core.checkin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A door link as its team sees it: its window, whether it still opens, and who used it when. */
public record DoorTokenView(
        long id,
        long sessionId,
        String label,
        Instant validFrom,
        Instant validUntil,
        String createdBy,
        Instant createdAt,
        Instant revokedAt,
        String revokedBy,
        boolean open,
        long scans,
        List<DeviceUse> devices)
        implements Serializable {

    /** A device that scanned with the link: its name, how often, first and last scan. */
    public record DeviceUse(String device, long scans, Instant first, Instant last) implements Serializable {}

    public DoorTokenView {
        devices = List.copyOf(devices);
    }
}
