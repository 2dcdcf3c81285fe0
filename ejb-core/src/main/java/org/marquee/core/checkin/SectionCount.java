package org.marquee.core.checkin;

import java.io.Serializable;

/** The door's counter of one section: tickets checked in and tickets expected (valid ones). */
public record SectionCount(long sectionId, String section, long checkedIn, long expected) implements Serializable {}
