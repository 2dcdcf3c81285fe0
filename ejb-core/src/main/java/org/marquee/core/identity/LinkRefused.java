package org.marquee.core.identity;

import java.util.Locale;
import org.marquee.core.platform.DomainException;

/** A mailed link that cannot be used: unknown (or mangled), expired, or used already. */
public class LinkRefused extends DomainException {

    public enum Reason {
        UNKNOWN,
        EXPIRED,
        USED
    }

    private final Reason reason;

    public LinkRefused(Reason reason) {
        super("account.link." + reason.name().toLowerCase(Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
