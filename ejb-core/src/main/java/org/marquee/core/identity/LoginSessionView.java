package org.marquee.core.identity;

import java.io.Serializable;
import java.time.Instant;

/** A signed-in session of one's own account as its owner sees it; {@code current} is this browser's. */
public record LoginSessionView(long id, String device, String address, Instant since, Instant lastSeen, boolean current)
        implements Serializable {}
