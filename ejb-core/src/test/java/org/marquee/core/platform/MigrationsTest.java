package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on the embedded database of the demo mode, in the same mode the server uses.
 * (The system tests run them on PostgreSQL.)
 */
class MigrationsTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrations-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabaseAndASecondRunDoesNothing() {
        Flyway flyway = MigrationSetup.flyway(dataSource).load();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertTrue(first.migrationsExecuted > 0);
        assertEquals(0, second.migrationsExecuted);
        assertEquals(
                first.targetSchemaVersion, flyway.info().current().getVersion().getVersion());
    }

    @Test
    void theDatabasesOwnMigrationsRunToo() throws SQLException {
        MigrationSetup.flyway(dataSource).load().migrate();

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet index = statement.executeQuery(
                        "select count(*) from information_schema.indexes where index_name = 'event_title_ix'")) {
            index.next();
            assertEquals(1, index.getInt(1), "the h2 folder's index exists");
        }
    }

    @Test
    void theSchemaRefusesWhatTheModelForbids() throws SQLException {
        MigrationSetup.flyway(dataSource).load().migrate();

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into app_user (id, email, display_name, enabled, created_at)"
                    + " values (1, 'a@b.co', 'A', true, current_timestamp)");
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("insert into app_user (id, email, display_name, enabled, created_at)"
                            + " values (2, 'a@b.co', 'Twin', true, current_timestamp)"),
                    "unique email");
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("insert into app_user (id, email, display_name, enabled, created_at)"
                            + " values (3, 'Upper@B.co', 'U', true, current_timestamp)"),
                    "lower-case email");
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("insert into user_role (user_id, role) values (1, 'KING')"),
                    "known roles only");
            try (ResultSet next = statement.executeQuery("select nextval('app_user_seq')")) {
                next.next();
                assertEquals(50, next.getLong(1), "sequences match allocationSize 50");
            }
        }
    }
}
