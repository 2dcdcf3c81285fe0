package org.marquee.core.identity;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * Who must type the emailed code after the password: every holder of a staff role, and buyers who
 * chose it.
 *
 * <p>The one exception is for the run command's demo ({@code mvn -Pdemo package}), which has no
 * mail server: there the seeded demo logins may skip the code, so the panels can be tried at once.
 * It needs {@code MARQUEE_DEMO=true} and {@code MARQUEE_DEMO_SKIP_STAFF_OTP=true} both, which only
 * the demo profile sets, and it covers only the demo accounts' emails (whose password is
 * published anyway); any other account, and every account in the tests, needs its code.
 */
public record SecondFactorPolicy(Set<String> exemptLogins) {

    static final String DEMO = "MARQUEE_DEMO";
    static final String DEMO_SKIP = "MARQUEE_DEMO_SKIP_STAFF_OTP";

    public SecondFactorPolicy {
        exemptLogins = Set.copyOf(exemptLogins);
    }

    /** The policy of this server, from its environment; {@code demoLogins} are the seeded demo accounts. */
    public static SecondFactorPolicy from(Function<String, String> environment, Collection<String> demoLogins) {
        boolean demoSkip =
                Boolean.parseBoolean(environment.apply(DEMO)) && Boolean.parseBoolean(environment.apply(DEMO_SKIP));
        return new SecondFactorPolicy(demoSkip ? Set.copyOf(demoLogins) : Set.of());
    }

    public boolean requiresCode(User user) {
        return user.secondFactorChosen() || requiredByRole(user);
    }

    /** Required whatever the user chose: the profile's switch cannot turn it off. */
    public boolean requiredByRole(User user) {
        return user.holdsStaffRole() && !exemptLogins.contains(user.email());
    }

    public boolean demoExemptionActive() {
        return !exemptLogins.isEmpty();
    }
}
