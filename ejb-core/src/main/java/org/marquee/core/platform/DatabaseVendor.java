package org.marquee.core.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database behind the application: PostgreSQL in production, H2 for the embedded demo and
 * the unit tests. Read once per deployment ({@link DatabaseVendors}) and injected where a
 * statement or a feature depends on it.
 */
public enum DatabaseVendor {
    POSTGRESQL("postgresql"),
    H2("h2");

    private final String folder;

    DatabaseVendor(String folder) {
        this.folder = folder;
    }

    /** The folder of this database's own migrations under {@code db/vendor/}. */
    public String folder() {
        return folder;
    }

    /** Asks the database behind the data source what it is. */
    public static DatabaseVendor of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to tell what it is", e);
        }
        String lower = product.toLowerCase(Locale.ROOT);
        if (lower.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (lower.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }
}
