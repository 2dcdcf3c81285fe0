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
        Flyway flyway = MigrationSetup.flyway(dataSource).load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
        LOG.info(() ->
                "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
