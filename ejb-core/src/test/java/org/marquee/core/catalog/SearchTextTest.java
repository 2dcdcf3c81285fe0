package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/** How typed search text and the names searched are folded alike (issue 12, item 16). */
class SearchTextTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsAndEachCountsOnce() {
        assertEquals(List.of("sao", "paulo"), SearchText.words("  São   PAULO "));
        assertEquals(List.of("berlin", "comedy"), SearchText.words("berlin comedy Berlin"));
        assertEquals(List.of(), SearchText.words("   "));
        assertEquals(List.of(), SearchText.words(null));
        assertEquals(SearchText.MAX_WORDS, SearchText.words("a b c d e f g h").size());
    }

    @Test
    void theDatabaseFoldsANameAsJavaFoldsTheText() throws SQLException {
        assertEquals(SearchText.ACCENTED.length(), SearchText.PLAIN.length());
        assertTrue(SearchText.ACCENTED.contains("ã") && SearchText.ACCENTED.contains("ü"));
        try (EmbeddedDatabase db = EmbeddedDatabase.withProgramme();
                PreparedStatement folded = db.prepare(
                        "select translate(lower(?), ?, ?)",
                        "São Paulo Zürich Kraków Curaçao",
                        SearchText.ACCENTED,
                        SearchText.PLAIN);
                ResultSet row = folded.executeQuery()) {
            row.next();
            assertEquals("sao paulo zurich krakow curacao", row.getString(1));
            assertEquals(SearchText.fold("São Paulo Zürich Kraków Curaçao"), row.getString(1));
        }
    }
}
