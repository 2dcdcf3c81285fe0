package org.marquee.core.identity;

import org.marquee.core.platform.EmailAddress;

/**
 * What the throttle counts, per email: failed logins (wrong passwords and wrong sign-in codes
 * alike) and password reset requests. Each kind has its own key prefix in {@code login_failure}
 * and its own limit.
 */
public enum Throttled {
    LOGIN("", ThrottlePolicy.LOGIN),
    PASSWORD_RESET("reset:", ThrottlePolicy.PASSWORD_RESET);

    private final String prefix;
    private final ThrottlePolicy policy;

    Throttled(String prefix, ThrottlePolicy policy) {
        this.prefix = prefix;
        this.policy = policy;
    }

    String key(String login) {
        return prefix + EmailAddress.normalize(login);
    }

    ThrottlePolicy policy() {
        return policy;
    }
}
