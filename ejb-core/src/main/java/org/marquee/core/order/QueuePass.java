package org.marquee.core.order;

/**
 * What a visitor brings from a session's waiting room to start an order: their queue ticket and
 * the admission it was given (either may be null: then a session with its room on refuses).
 */
public record QueuePass(String ticket, String admission) {

    /** Nothing from a waiting room: enough for every session whose room is off. */
    public static final QueuePass NONE = new QueuePass(null, null);
}
