package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

/** An invitation link that cannot be accepted, and why; nothing is changed. */
public class InvitationRefused extends DomainException {

    public enum Reason {
        /** No invitation has this token (mistyped, or replaced by a newer invitation's). */
        UNKNOWN,
        EXPIRED,
        /** Accepted already: a link works once. */
        USED,
        REVOKED,
        /** Sent to another email address than the logged-in account's. */
        OTHER_ACCOUNT
    }

    private final Reason reason;

    public InvitationRefused(Reason reason) {
        super("invitation." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
