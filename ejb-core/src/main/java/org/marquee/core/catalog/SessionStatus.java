package org.marquee.core.catalog;

/**
 * The stored state of a session. SCHEDULED until its inventory is opened for sale; SOLD_OUT is
 * set by the inventory when nothing is left; CANCELLED is final.
 */
public enum SessionStatus {
    SCHEDULED,
    ON_SALE,
    SOLD_OUT,
    CANCELLED
}
