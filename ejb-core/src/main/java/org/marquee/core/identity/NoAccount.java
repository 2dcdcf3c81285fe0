package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

/** An admin named an owner by an email no account has. */
public class NoAccount extends DomainException {

    public NoAccount(String email) {
        super("team.noAccount", email);
    }
}
