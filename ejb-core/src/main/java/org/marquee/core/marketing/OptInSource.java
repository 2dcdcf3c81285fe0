package org.marquee.core.marketing;

/** Where a newsletter opt-in came from; recorded with its time. */
public enum OptInSource {
    /** The sign-up form of the public site. */
    WEBSITE,
    /** A list imported by a marketing editor, whose consent was collected elsewhere. */
    IMPORT,
    /** The box a buyer ticked at checkout. */
    CHECKOUT
}
