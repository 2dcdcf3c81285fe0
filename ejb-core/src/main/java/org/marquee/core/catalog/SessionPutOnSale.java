package org.marquee.core.catalog;

/**
 * Staff put a session on sale (saved it as ON_SALE) rather than waiting for its opening. Fired in
 * the saving transaction, after the session is written: the inventory observes it and makes the
 * session's seats and places there and then, so that no session sells without them.
 */
public record SessionPutOnSale(long sessionId) {}
