package org.marquee.core.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The newsletter settings of this server, read once from its environment. */
@ApplicationScoped
public class NewsletterConfiguration {

    @Produces
    @Singleton
    NewsletterSettings settings() {
        return NewsletterSettings.from(System::getenv);
    }
}
