package org.marquee.core.notify;

/** How a message travels. */
public enum Channel {
    EMAIL,
    /** A text message to a mobile number in E.164 form, through {@link SmsSender}. */
    SMS
}
