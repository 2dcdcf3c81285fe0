package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.MigrationSetup;

/** V5 on the embedded database: the image table, and owners that can point only at an image row. */
class ImageSchemaTest {

    @Test
    void ownersReferToExistingImages() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:images-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        MigrationSetup.flyway(dataSource).load().migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet next = sql.executeQuery("select nextval('image_seq')")) {
                next.next();
                assertEquals(50, next.getLong(1), "the sequence matches allocationSize 50");
            }
            sql.execute("insert into image (id, content_type, original_size, width, height, created_at)"
                    + " values (50, 'image/png', 10, 800, 600, current_timestamp)");
            sql.execute("insert into artist (id, name, slug, created_at, image_id)"
                    + " values (1, 'A', 'a', current_timestamp, 50)");
            sql.execute("insert into artist (id, name, slug, created_at) values (2, 'B', 'b', current_timestamp)");
            sql.execute("insert into artist (id, name, slug, created_at) values (3, 'C', 'c', current_timestamp)");

            assertThrows(
                    SQLException.class,
                    () -> sql.execute("update artist set image_id = 999 where id = 2"),
                    "no image 999");
            sql.execute("update artist set image_id = 50 where id = 2"); // owners may share an image
            assertThrows(SQLException.class, () -> sql.execute("delete from image where id = 50"), "still shown");
            assertThrows(
                    SQLException.class,
                    () -> sql.execute("insert into image (id, content_type, original_size, width, height, created_at)"
                            + " values (100, 'image/png', 10, 0, 600, current_timestamp)"),
                    "dimensions are positive");
            assertThrows(
                    SQLException.class, () -> sql.execute("select image_key from venue"), "the old column is gone");
        }
    }
}
