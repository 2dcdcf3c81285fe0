package org.marquee.core.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who must type the emailed code after the password: every holder of a staff role, and buyers who
 * chose it. There is no exception, not for the demo and not for the tests: a server without a mail
 * server writes its mail, codes included, to the server log (see {@code org.marquee.core.notify.LogMailer}).
 */
@ApplicationScoped
public class SecondFactorPolicy {

    public boolean requiresCode(User user) {
        return user.secondFactorChosen() || requiredByRole(user);
    }

    /** Required whatever the user chose: the profile's switch cannot turn it off. */
    public boolean requiredByRole(User user) {
        return user.holdsStaffRole();
    }
}
