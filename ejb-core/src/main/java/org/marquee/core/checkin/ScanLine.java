package org.marquee.core.checkin;

import java.io.Serializable;
import java.time.Instant;

/** One line of a session's scan log as the door and the panels show it. */
public record ScanLine(Instant scannedAt, ScanAnswer answer, Long ticketId, String device, String who, boolean offline)
        implements Serializable {}
