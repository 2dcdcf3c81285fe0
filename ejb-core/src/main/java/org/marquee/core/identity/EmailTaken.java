package org.marquee.core.identity;

import org.marquee.core.platform.DomainException;

public class EmailTaken extends DomainException {

    public EmailTaken(EmailAddress email) {
        super("identity.emailTaken", email.value());
    }
}
