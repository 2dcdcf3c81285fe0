package org.marquee.core.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The single sign-on settings of this server, read once from its environment. */
@ApplicationScoped
public class SsoConfiguration {

    @Produces
    @Singleton
    SsoSettings settings() {
        return SsoSettings.from(System::getenv);
    }
}
