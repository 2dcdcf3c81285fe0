package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.STALLS;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/** The "from" price of the public pages (issue 12, item 9): a cheaper public category counts, a hidden one does not. */
class LowestPricesSqlOnH2Test {

    private EmbeddedDatabase db;

    @BeforeEach
    void programme() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private long from(long session) throws SQLException {
        return db.number(
                "select x.from_minor from (" + String.format(Discovery.LOWEST_PRICES, SESSION + "," + OTHER_SESSION)
                        + ") x where x.id = ?",
                session);
    }

    private void category(long id, boolean isPublic, long priceMinor) throws SQLException {
        db.execute(
                "insert into price_category (id, session_id, name, is_public, sort_order) values (?, ?, ?, ?, 0)",
                id,
                SESSION,
                "Category " + id,
                isPublic);
        db.execute(
                "insert into price_category_price (price_category_id, section_id, price_minor) values (?, ?, ?)",
                id,
                STALLS,
                priceMinor);
    }

    @Test
    void withoutCategoriesTheCheapestSection() throws SQLException {
        assertEquals(1000, from(SESSION));
        assertEquals(1000, from(OTHER_SESSION));
    }

    @Test
    void aCheaperPublicCategoryIsTheFromPriceAndAHiddenOneIsNot() throws SQLException {
        category(1, true, 3000);
        category(2, true, 2200);
        category(3, false, 100);
        assertEquals(
                2200, from(SESSION), "the cheapest public category, not the hidden one nor the section's own price");
        assertEquals(1000, from(OTHER_SESSION));
    }
}
