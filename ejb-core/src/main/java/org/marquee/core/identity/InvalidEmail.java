package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

public class InvalidEmail extends DomainException {

    public InvalidEmail(String candidate) {
        super("identity.invalidEmail", candidate);
    }
}
