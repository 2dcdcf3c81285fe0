package org.marquee.core.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An account as the admin panel lists and edits it; roles in their declared order. */
public record UserDetails(
        long id, String email, String displayName, Set<Role> roles, boolean enabled, Instant createdAt)
        implements Serializable {

    public UserDetails {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    static UserDetails of(User user) {
        return new UserDetails(
                user.id(), user.email(), user.displayName(), user.roles(), user.enabled(), user.createdAt());
    }
}
