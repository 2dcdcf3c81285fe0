package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.EmailAddress;

public class EmailTaken extends DomainException {

    public EmailTaken(EmailAddress email) {
        super("identity.emailTaken", email.value());
    }
}
