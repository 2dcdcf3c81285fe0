package org.marquee.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The identity settings of this server, read once from its environment. */
@ApplicationScoped
public class IdentityConfiguration {

    @Produces
    @Singleton
    AccountLinks accountLinks() {
        return AccountLinks.from(System::getenv);
    }
}
