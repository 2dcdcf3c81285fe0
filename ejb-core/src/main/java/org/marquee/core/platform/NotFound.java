package org.marquee.core.platform;

public class NotFound extends DomainException {

    public NotFound(String what, Object key) {
        super("notFound", what, String.valueOf(key));
    }
}
