package org.marquee.core.notify;

/** How a message travels. */
public enum Channel {
    EMAIL,
    /** Reserved for the SMS sender; no SMS is enqueued yet. */
    SMS
}
