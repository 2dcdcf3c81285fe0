package org.marquee.core.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The outbox settings of this server, read once from its environment. */
@ApplicationScoped
public class OutboxConfiguration {

    @Produces
    @Singleton
    OutboxSettings settings() {
        return OutboxSettings.from(System::getenv);
    }
}
