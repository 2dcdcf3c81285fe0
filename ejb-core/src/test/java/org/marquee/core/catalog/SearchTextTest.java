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

    @Test
    void theSearchNamesTheDatabaseKeepsAreFoldedWithTheseLetters() throws Exception {
        String letters = "'" + SearchText.ACCENTED + "', '" + SearchText.PLAIN + "'";
        for (String vendor : List.of("h2", "postgresql")) {
            String migration;
            try (java.io.InputStream in =
                    SearchText.class.getResourceAsStream("/db/vendor/" + vendor + "/V52__search_names.sql")) {
                migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertEquals(5, migration.split(java.util.regex.Pattern.quote(letters), -1).length - 1, vendor);
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.withProgramme()) {
            db.execute("insert into category (id, name, slug) values (?, ?, ?)", 990L, "Café Ópera Zürich", "cafe-990");
            try (PreparedStatement name = db.prepare("select search_name from category where id = ?", 990L);
                    ResultSet row = name.executeQuery()) {
                row.next();
                assertEquals(SearchText.fold("Café Ópera Zürich"), row.getString(1));
            }
            db.execute("update category set name = ? where id = ?", "Ça Ira", 990L);
            try (PreparedStatement name = db.prepare("select search_name from category where id = ?", 990L);
                    ResultSet row = name.executeQuery()) {
                row.next();
                assertEquals("ca ira", row.getString(1), "kept on every change");
            }
        }
    }
}
