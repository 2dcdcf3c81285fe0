package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

public class InvalidPhone extends DomainException {

    public InvalidPhone(String candidate) {
        super("account.invalidPhone", candidate);
    }
}
