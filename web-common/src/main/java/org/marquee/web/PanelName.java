package org.marquee.web;

import java.util.Arrays;
import java.util.Optional;
import org.marquee.core.identity.Role;

/** The six web modules: where each one lives and which role, if any, it requires. */
public enum PanelName {
    PUBLIC("public", "/", null),
    GATEWAY("gateway", "/checkout/", null),
    ADMIN("admin", "/admin/", Role.ADMIN),
    VENUE("venue", "/venue/", Role.VENUE),
    ARTIST("artist", "/artist/", Role.ARTIST),
    MARKETING("marketing", "/marketing/", Role.MARKETING);

    private final String key;
    private final String path;
    private final Role requiredRole;

    PanelName(String key, String path, Role requiredRole) {
        this.key = key;
        this.path = path;
        this.requiredRole = requiredRole;
    }

    public static Optional<PanelName> byKey(String key) {
        return Arrays.stream(values()).filter(panel -> panel.key.equals(key)).findFirst();
    }

    public String key() {
        return key;
    }

    public String path() {
        return path;
    }

    /** Staff panels require a role; the public site and the checkout do not. */
    public Optional<Role> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }
}
