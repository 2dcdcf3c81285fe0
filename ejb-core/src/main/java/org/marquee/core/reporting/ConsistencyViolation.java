package org.marquee.core.reporting;

/**
 * One thing the consistency check found wrong: which rule, the invariant of DESIGN.md it belongs
 * to (0 for the promo-code limits, which the page does not number), what is wrong and how.
 */
public record ConsistencyViolation(String rule, int invariant, String subject, String detail) {}
