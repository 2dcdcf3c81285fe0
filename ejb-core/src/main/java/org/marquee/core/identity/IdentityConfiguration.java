package org.marquee.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marquee.core.platform.DemoData;

/** The identity settings of this server, read once from its environment. */
@ApplicationScoped
public class IdentityConfiguration {

    @Produces
    @Singleton
    SecondFactorPolicy secondFactorPolicy() {
        return SecondFactorPolicy.from(System::getenv, DemoData.USERS.values());
    }

    @Produces
    @Singleton
    AccountLinks accountLinks() {
        return AccountLinks.from(System::getenv);
    }
}
