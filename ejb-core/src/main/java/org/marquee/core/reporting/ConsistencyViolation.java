package org.marquee.core.reporting;

/**
 * One thing the consistency check found wrong: which rule, the invariant of DESIGN.md it belongs
 * to (0 for the promo-code limits, which the page does not number), what is wrong and how, and
 * the event it belongs to (null for an outgoing message), by which a check is narrowed.
 */
public record ConsistencyViolation(String rule, int invariant, String subject, String detail, Long eventId) {}
