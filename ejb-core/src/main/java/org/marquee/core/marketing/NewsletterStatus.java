package org.marquee.core.marketing;

/** A newsletter is written (DRAFT), goes out batch by batch (SENDING), and has gone out (SENT). */
public enum NewsletterStatus {
    DRAFT,
    SENDING,
    SENT
}
