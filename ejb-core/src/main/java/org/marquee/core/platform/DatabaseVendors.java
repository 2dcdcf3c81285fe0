package org.marquee.core.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** The application's {@link DatabaseVendor}, asked of the database once per deployment. */
@ApplicationScoped
public class DatabaseVendors {

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Produces
    @Singleton
    DatabaseVendor vendor() {
        return DatabaseVendor.of(dataSource);
    }
}
