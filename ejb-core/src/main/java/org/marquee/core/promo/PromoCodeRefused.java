package org.marquee.core.promo;

import org.marquee.core.platform.DomainException;

/**
 * A code that cannot be applied to this order, and why (message key {@code promo.refused.<reason>},
 * with the code as typed). Nothing changed.
 */
public class PromoCodeRefused extends DomainException {

    /** Why a code was refused; each has its own message. */
    public enum Reason {
        UNKNOWN,
        WITHDRAWN,
        NOT_YET_VALID,
        EXPIRED,
        USED_UP,
        NOT_FOR_EVENT,
        NOT_FOR_SESSION,
        NOT_FOR_CATEGORY,
        /** A fixed amount in another currency than the session's (a code of a Berlin session at a Tokyo one). */
        OTHER_CURRENCY,
        BUYER_LIMIT,
        EMAIL_NEEDED
    }

    private final Reason reason;

    PromoCodeRefused(Reason reason, String code) {
        super("promo.refused." + reason.name(), code == null ? "" : code.strip());
        this.reason = reason;
    }

    static PromoCodeRefused because(Reason reason, String code) {
        return reason == Reason.USED_UP || reason == Reason.BUYER_LIMIT
                ? new PromoCodeExhausted(reason, code)
                : new PromoCodeRefused(reason, code);
    }

    public Reason reason() {
        return reason;
    }
}
