package org.marquee.web.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marquee.core.checkin.DoorTokenRefused;
import org.marquee.core.checkin.ScanAnswer;

/**
 * The validator speaks English and German: both bundles have the same keys and no empty text,
 * every key door.js or its page asks for is there (a missing one would show the raw key), and the
 * JSON handed to the script is safe inside a {@code <script>} element.
 */
class DoorLabelsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([a-zA-Z][\\w.]*)'");
    private static final Pattern PAGE_KEY = Pattern.compile("data-l=\"([a-zA-Z][\\w.]*)\"");
    private static final Set<String> ANSWERS = Set.of(
            "VALID",
            "ALREADY_USED",
            "WRONG_SESSION",
            "NOT_PAID",
            "REFUNDED",
            "CANCELLED",
            "UNKNOWN",
            "NOT_IN_SCOPE",
            "NO_LIST");

    @Test
    void englishAndGermanHaveTheSameKeysAndNoEmptyText() {
        ResourceBundle english = DoorLabels.bundle(Locale.ENGLISH);
        ResourceBundle german = DoorLabels.bundle(Locale.GERMAN);
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(german.keySet()));
        for (String key : english.keySet()) {
            assertFalse(english.getString(key).isBlank(), key);
            assertFalse(german.getString(key).isBlank(), key);
        }
        assertEquals("VALID", english.getString("answer.VALID"));
        assertEquals("GÜLTIG", german.getString("answer.VALID"), "read as UTF-8");
    }

    @Test
    void everyKeyTheScriptAndThePageUseIsThere() throws IOException {
        ResourceBundle english = DoorLabels.bundle(Locale.ENGLISH);
        Set<String> used = new TreeSet<>();
        collect(Files.readString(RESOURCES.resolve("marquee/door/door.js")), SCRIPT_KEY, used);
        collect(Files.readString(RESOURCES.resolve("WEB-INF/includes/door-app.xhtml")), PAGE_KEY, used);
        assertTrue(used.size() > 40, "keys found: " + used);
        for (String answer : ANSWERS) {
            used.add("answer." + answer);
            if (!answer.equals("VALID")) {
                used.add("reason." + answer);
            }
        }
        for (DoorTokenRefused.Reason reason : DoorTokenRefused.Reason.values()) {
            used.add("link." + reason.name());
        }
        for (ScanAnswer answer : ScanAnswer.values()) {
            assertTrue(ANSWERS.contains(answer.name()), "door.js shows " + answer);
        }
        // Keys built from a prefix ('answer.' + ...) are the enumerations above.
        used.removeIf(key -> key.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.keySet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void theJsonCarriesBothLanguagesAndNoMarkup() {
        String json = DoorLabels.build();
        assertFalse(json.contains("<"), "no </script> can end the element early");
        JsonObject labels = Json.createReader(new StringReader(json)).readObject();
        assertEquals("ALREADY USED", labels.getJsonObject("en").getString("answer.ALREADY_USED"));
        assertEquals("SCHON BENUTZT", labels.getJsonObject("de").getString("answer.ALREADY_USED"));
    }

    private static void collect(String text, Pattern pattern, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
