package org.marquee.core.payment;

import org.marquee.core.platform.DomainException;

/**
 * A refund that cannot be made as asked: nothing is changed and nothing is asked of the provider.
 * The key names the reason in the message bundles ({@code refund.*}).
 */
public class RefundRefused extends DomainException {

    public RefundRefused(String reason, Object... arguments) {
        super("refund." + reason, arguments);
    }
}
