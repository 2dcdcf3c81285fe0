package org.marquee.core.payment;

import org.marquee.core.platform.DomainException;

/** A webhook request whose signature did not check out: refused, nothing stored. */
public class ForgedWebhook extends DomainException {

    public ForgedWebhook(Provider provider, String reason) {
        super("payment.forgedWebhook", provider.name(), reason);
    }
}
