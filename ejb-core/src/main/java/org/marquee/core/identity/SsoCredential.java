package org.marquee.core.identity;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;
import java.util.Set;

/**
 * Proof that a user signed in at a single sign-on provider: made only by {@link SsoAccounts}
 * after the provider's answer was validated and the account resolved (hence the package-private
 * constructor), and handed to {@link SignIns#startAfterSingleSignOn} in the same request, which
 * stands it in for the password: the second step (the emailed code) still follows where the
 * account needs it.
 */
public final class SsoCredential implements Credential {

    private final String email;
    private final Set<Role> roles;

    SsoCredential(User user) {
        this.email = Objects.requireNonNull(user.email());
        this.roles = Set.copyOf(user.roles());
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Staff may later have to pass a second factor (OTP) before this credential is used. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != Role.BUYER);
    }
}
