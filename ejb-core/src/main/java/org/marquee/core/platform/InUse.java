package org.marquee.core.platform;

/** Refuses to delete something that other records still point to. */
public class InUse extends DomainException {

    public InUse(String what, String usedBy) {
        super("inUse", what, usedBy);
    }
}
