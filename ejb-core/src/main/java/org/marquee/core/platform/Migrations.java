package org.marquee.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before anything else touches
 * the database: every startup or timer bean that uses the database is {@code @DependsOn} this one.
 *
 * <p>Bean-managed transactions because Flyway sets auto-commit itself, which a container
 * transaction forbids. Flyway takes a lock in the database, so two nodes deploying at once
 * migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = configure(dataSource).load().migrate();
        Flyway flyway = configure(dataSource).load();
        schemaVersion = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
        LOG.info(() ->
                "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The Flyway configuration used in the server and by the tests that run migrations directly. */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
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

    public String schemaVersion() {
        return schemaVersion;
    }
}
