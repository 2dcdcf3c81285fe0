package org.marquee.core.platform;

public class InvalidEmail extends DomainException {

    public InvalidEmail(String candidate) {
        super("identity.invalidEmail", candidate);
    }
}
