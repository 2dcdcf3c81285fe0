package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

/** A step that asks for the password again got a wrong one. */
public class WrongPassword extends DomainException {

    public WrongPassword() {
        super("account.wrongPassword");
    }
}
