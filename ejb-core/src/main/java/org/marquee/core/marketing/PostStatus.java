package org.marquee.core.marketing;

/**
 * Where a post stands. A SCHEDULED post whose publish time has passed is published: visitors see
 * it from that moment, without anything having to change the stored status.
 */
public enum PostStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED
}
