package org.marquee.core.catalog;

import java.util.List;

/**
 * The stored state of a session. SCHEDULED until it is opened for sale; SOLD_OUT is set by the
 * inventory when nothing is left; CANCELLED is final.
 */
public enum SessionStatus {
    SCHEDULED,
    ON_SALE,
    SOLD_OUT,
    CANCELLED;

    /**
     * The states staff may give a session that is in this one, this one first. A session on sale
     * does not go back to scheduled (buyers may hold tickets); SOLD_OUT is the inventory's to set.
     */
    public List<SessionStatus> staffChoices() {
        return switch (this) {
            case SCHEDULED -> List.of(SCHEDULED, ON_SALE, CANCELLED);
            case ON_SALE -> List.of(ON_SALE, CANCELLED);
            case SOLD_OUT -> List.of(SOLD_OUT, CANCELLED);
            case CANCELLED -> List.of(CANCELLED);
        };
    }
}
