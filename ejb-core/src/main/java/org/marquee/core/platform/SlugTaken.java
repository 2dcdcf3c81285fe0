package org.marquee.core.platform;

public class SlugTaken extends DomainException {

    public SlugTaken(String slug) {
        super("slugTaken", slug);
    }
}
