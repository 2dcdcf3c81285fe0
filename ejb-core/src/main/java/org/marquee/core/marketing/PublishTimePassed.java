package org.marquee.core.marketing;

import org.marquee.core.platform.DomainException;

/** A post can be scheduled only for a moment still ahead; to publish at once, publish it. */
public class PublishTimePassed extends DomainException {

    public PublishTimePassed() {
        super("marketing.publishTimePassed");
    }
}
