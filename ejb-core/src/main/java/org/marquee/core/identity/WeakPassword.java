package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

public class WeakPassword extends DomainException {

    public WeakPassword(int minimumLength) {
        super("identity.weakPassword", minimumLength);
    }
}
