package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/** The use counter and the schema's limit on the demo's embedded database (PromoCodesIT runs them on PostgreSQL). */
class PromoSqlOnH2Test {

    private EmbeddedDatabase db;

    @BeforeEach
    void aCodeOfTwoUses() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        db.execute(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, max_uses,"
                        + " created_at) values (1, 1, 'TWO', 'PERCENT', 10, 'EUR', 2, ?)",
                at(Instant.now()));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void theCounterStopsAtTheLimit() throws SQLException {
        assertEquals(1, db.execute(PromoUses.COUNT, 1L));
        assertEquals(1, db.execute(PromoUses.COUNT, 1L));
        assertEquals(0, db.execute(PromoUses.COUNT, 1L), "the third use is refused by the statement itself");
        assertEquals(2, db.number("select uses from promo_code where id = 1"));
    }

    @Test
    void aWithdrawnCodeIsNotCounted() throws SQLException {
        db.execute("update promo_code set active = false where id = 1");
        assertEquals(0, db.execute(PromoUses.COUNT, 1L));
    }

    @Test
    void theSchemaRefusesMoreUsesThanTheLimitWhateverTheCode() throws SQLException {
        assertThrows(SQLException.class, () -> db.execute("update promo_code set uses = 3 where id = 1"));
        assertThrows(SQLException.class, () -> db.execute("update promo_code set uses = -1 where id = 1"));
    }

    @Test
    void codesAreUnique() {
        assertThrows(
                SQLException.class,
                () -> db.execute(
                        "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency,"
                                + " created_at) values (2, 1, 'TWO', 'FIXED', 500, 'EUR', ?)",
                        at(Instant.now())));
    }
}
