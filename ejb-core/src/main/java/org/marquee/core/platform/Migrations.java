package org.marquee.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true);
    }

    /**
     * The folder name of the database behind the data source: {@code postgresql} or {@code h2}.
     * Plain Flyway does not expand a {@code {vendor}} placeholder in locations (that is Spring
     * Boot's), so a location spelled that way silently finds nothing.
     */
    public static String vendor(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        String lower = product.toLowerCase(Locale.ROOT);
        if (lower.contains("postgresql")) {
            return "postgresql";
        }
        if (lower.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
