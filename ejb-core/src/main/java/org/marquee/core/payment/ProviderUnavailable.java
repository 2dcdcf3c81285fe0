package org.marquee.core.payment;

import org.marquee.core.platform.DomainException;

/** The provider answered with an error or not in time: nothing was decided by the call. */
public class ProviderUnavailable extends DomainException {

    public ProviderUnavailable(Provider provider, String detail) {
        super("payment.providerUnavailable", provider.name(), detail);
    }
}
