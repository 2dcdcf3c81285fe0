package org.marquee.core.platform;

import java.time.Instant;

/** One line of a record's history, as the panels show it (the entity stays in ejb-core). */
public record AuditRecord(long id, Instant at, String actor, AuditAction action, String summary) {}
