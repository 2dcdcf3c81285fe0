package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.MigrationSetup;

/**
 * The account tables on the embedded database of the demo mode (the system tests use them on
 * PostgreSQL): accounts that existed before stay able to log in, and the rules the model relies
 * on hold in the schema too.
 */
class AccountSchemaTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void databaseBeforeTheAccountMigration() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:accounts-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        MigrationSetup.flyway(dataSource).target("6").load().migrate();
        execute("insert into app_user (id, email, display_name, password_hash, enabled, created_at)"
                + " values (1, 'old@example.org', 'Old', 'hash', true, current_timestamp)");
        MigrationSetup.flyway(dataSource).load().migrate();
    }

    @Test
    void accountsFromBeforeAreVerifiedWithoutSecondFactorInEnglish() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select email_verified, second_factor, preferred_language, deleted_at from app_user where id = 1")) {
            assertTrue(row.next());
            assertTrue(row.getBoolean(1));
            assertEquals(false, row.getBoolean(2));
            assertEquals("en", row.getString(3));
            assertEquals(null, row.getObject(4));
        }
    }

    @Test
    void aTokenHashIsUniqueAndOnlyKnownPurposesAndLanguagesAreAccepted() throws SQLException {
        String hash = "a".repeat(64);
        execute(token(1, "VERIFY_EMAIL", hash));

        assertThrows(SQLException.class, () -> execute(token(2, "RESET_PASSWORD", hash)));
        assertThrows(SQLException.class, () -> execute(token(3, "LOG_IN", "b".repeat(64))));
        assertThrows(SQLException.class, () -> execute("update app_user set preferred_language = 'fr' where id = 1"));
    }

    @Test
    void aDeviceIsKnownOncePerUserAndGoesWithItsUser() throws SQLException {
        String device = "insert into known_device (id, user_id, secret_hash, user_agent, first_seen_at, last_seen_at)"
                + " values (%d, 1, '%s', 'Chrome on Linux', current_timestamp, current_timestamp)";
        execute(String.format(device, 1, "c".repeat(64)));
        assertThrows(SQLException.class, () -> execute(String.format(device, 2, "c".repeat(64))));
        execute(token(4, "RESET_PASSWORD", "d".repeat(64)));

        execute("delete from app_user where id = 1");

        assertEquals(0, count("known_device"));
        assertEquals(0, count("account_token"));
    }

    @Test
    void aThrottleKeyHasRoomForItsPrefixAndTheLongestEmail() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into login_failure (id, login, failed_at) values (1, ?, current_timestamp)")) {
            insert.setString(1, Throttled.PASSWORD_RESET.key("x".repeat(310) + "@example.org"));
            assertEquals(1, insert.executeUpdate());
        }
    }

    private static String token(long id, String purpose, String hash) {
        return "insert into account_token (id, user_id, purpose, token_hash, created_at, expires_at) values (" + id
                + ", 1, '" + purpose + "', '" + hash + "', current_timestamp, current_timestamp)";
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
