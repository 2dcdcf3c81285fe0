package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * JDBC over the server's data source, for tests inside the server that check what the services
 * stored or move it in time (a hold that ran out). Parameters bind in order.
 */
record Sql(DataSource db) {

    /** Fails listing what the consistency check finds in these sessions' events ({@link Consistency}). */
    void assertConsistent(long... sessions) throws SQLException {
        try (Connection connection = db.getConnection()) {
            Consistency.assertConsistent(connection, sessions);
        }
    }

    /** The first column of the first row as a number; -1 when there is no row or it is null. */
    long number(String sql, Object... parameters) throws SQLException {
        String value = text(sql, parameters);
        return value == null ? -1 : Long.parseLong(value);
    }

    /** The first column of the first row; null when there is none. */
    String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The first column of every row. */
    Set<Long> ids(String sql, Object... parameters) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Every row as a line of its columns: equal texts mean equal rows. */
    String rows(String sql, Object... parameters) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    text.append(rows.getString(c)).append(c == columns ? "\n" : " ");
                }
            }
        }
        return text.toString();
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
