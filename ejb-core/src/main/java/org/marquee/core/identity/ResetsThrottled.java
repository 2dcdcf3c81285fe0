package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

/** Too many reset mails were asked for one address lately. */
public class ResetsThrottled extends DomainException {

    public ResetsThrottled() {
        super("account.reset.throttled");
    }
}
