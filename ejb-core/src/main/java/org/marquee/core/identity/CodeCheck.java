package org.marquee.core.identity;

/** What became of a typed sign-in code. */
public enum CodeCheck {
    /** Right: the login may complete now. */
    ACCEPTED,
    /** Wrong; the challenge takes more tries. */
    WRONG,
    /** Wrong, and no tries are left: the login starts again with the password. */
    EXHAUSTED,
    /** The code is too old, or the challenge unknown or used: the login starts again. */
    EXPIRED,
    /** Too many failures for this login lately: wait, then start again. */
    LOCKED
}
