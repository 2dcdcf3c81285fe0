package org.marquee.core.platform;

/**
 * What the health endpoint reports: whether the database answered, how long it took, and the
 * schema version the migrations reached.
 */
public record Health(boolean databaseUp, long databaseMillis, String schemaVersion, String detail) {

    public boolean up() {
        return databaseUp;
    }
}
