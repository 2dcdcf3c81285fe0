package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.identity.PasswordHash;
import org.marquee.core.identity.Role;

/** Accounts and memberships written straight into the test database, the way the server stores them. */
final class TestAccounts {

    /** The password of the accounts {@link #staff} makes. */
    static final String PASSWORD = "test-staff-password-1";

    private static final Map<Role, String> STAFF = new EnumMap<>(Role.class);

    private TestAccounts() {}

    /**
     * An account holding only this role (an admin, a marketing editor), made the first time a
     * test asks for it and shared by the classes of the run, which only log in with it: the
     * tests' own, not the demo's. Staff log in with a code mailed to them ({@link SignInCodes}).
     */
    static synchronized String staff(Role role) {
        return STAFF.computeIfAbsent(role, r -> {
            String email = r.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@marquee.test";
            try {
                insertUser(email, PASSWORD, r);
            } catch (Exception e) {
                throw new IllegalStateException("Could not make the tests' " + r + " account", e);
            }
            return email;
        });
    }

    /** The tests' admin ({@link #staff}). */
    static String admin() {
        return staff(Role.ADMIN);
    }

    static long insertUser(String email, String password, Role... roles) throws Exception {
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            long user = next(connection, "app_user_seq");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into app_user (id, email, display_name, password_hash, enabled, created_at)"
                            + " values (?, ?, ?, ?, true, ?)")) {
                insert.setLong(1, user);
                insert.setString(2, email);
                insert.setString(3, "Test " + email.substring(0, email.indexOf('@')));
                insert.setString(4, PasswordHash.hash(password));
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            for (Role role : roles) {
                try (PreparedStatement grant =
                        connection.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
                    grant.setLong(1, user);
                    grant.setString(2, role.name());
                    grant.executeUpdate();
                }
            }
            connection.commit();
            return user;
        }
    }

    /** A MANAGER membership: table venue_person (column venue_id) or artist_person (artist_id). */
    static void insertManager(long user, String table, String teamColumn, long team) throws Exception {
        insertMember(user, table, teamColumn, team, "MANAGER");
    }

    /** A membership of a role (OWNER or MANAGER): table venue_person (column venue_id) or artist_person (artist_id). */
    static void insertMember(long user, String table, String teamColumn, long team, String role) throws Exception {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement member = connection.prepareStatement("insert into " + table + " (id, " + teamColumn
                        + ", user_id, role, since) values (?, ?, ?, ?, ?)")) {
            member.setLong(1, next(connection, table + "_seq"));
            member.setLong(2, team);
            member.setLong(3, user);
            member.setString(4, role);
            member.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            member.executeUpdate();
        }
    }

    private static long next(Connection connection, String sequence) throws Exception {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select nextval('" + sequence + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
