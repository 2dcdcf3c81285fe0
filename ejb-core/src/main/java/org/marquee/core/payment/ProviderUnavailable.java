package org.marquee.core.payment;

import org.marquee.core.platform.DomainException;

/** The provider answered with an error or not in time: nothing was decided by the call. */
public class ProviderUnavailable extends DomainException {

    private final boolean refused;

    public ProviderUnavailable(Provider provider, String detail) {
        this(provider, detail, false);
    }

    /**
     * @param refused the provider answered and said no to the request as it is (HTTP 4xx other than
     *     409 and 429): asking again with the same idempotency key gets the same answer
     */
    public ProviderUnavailable(Provider provider, String detail, boolean refused) {
        super("payment.providerUnavailable", provider.name(), detail);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }

    /** Whether an HTTP status means the provider refused the request itself (not a passing trouble). */
    public static boolean refusal(Integer status) {
        return status != null && status >= 400 && status < 500 && status != 409 && status != 429;
    }
}
