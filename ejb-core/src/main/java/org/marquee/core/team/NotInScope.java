package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

/**
 * The caller asked for something outside the venues and artists they belong to. It names nothing
 * of what was asked for: an id outside the caller's scope and an id that does not exist get the
 * same answer, so the refusal tells nothing about other teams. {@link Scope} logs each one.
 */
public class NotInScope extends DomainException {

    public NotInScope() {
        super("scope.notInScope");
    }
}
