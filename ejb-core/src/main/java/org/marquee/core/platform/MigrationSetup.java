package org.marquee.core.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where the migrations are, for {@link Migrations} in the server and for the tests that migrate
 * a database directly. Apart from the bean: WildFly warns at every start about static methods on
 * an EJB.
 */
public final class MigrationSetup {

    private MigrationSetup() {}

    public static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                // Shared migrations, plus one folder per database for what only it can do.
                // (Plain Flyway does not expand a {vendor} placeholder in locations: that is Spring
                // Boot's, and a location spelled that way silently finds nothing.)
                .locations(
                        "classpath:db/migration",
                        "classpath:db/vendor/" + DatabaseVendor.of(dataSource).folder())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true);
    }
}
