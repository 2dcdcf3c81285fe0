package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void textBecomesLowerCaseAsciiWithSingleDashes() {
        assertEquals("sao-paulo-br", Slugs.of("São Paulo - BR"));
        assertEquals("ac-dc-live-2026", Slugs.of("  AC/DC: Live!! 2026 "));
        assertEquals("", Slugs.of(null));
    }

    @Test
    void longTextIsCutWithoutATrailingDash() {
        String slug = Slugs.of("word ".repeat(60));

        assertTrue(slug.length() <= 120);
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertTrue(Slugs.isValid("berlin-de"));
        assertFalse(Slugs.isValid("Berlin"));
        assertFalse(Slugs.isValid("-berlin"));
        assertFalse(Slugs.isValid("ber--lin"));
        assertFalse(Slugs.isValid(""));
        assertThrows(IllegalArgumentException.class, () -> Slugs.require("not a slug"));
    }

    private static final Predicate<String> NONE_TAKEN = slug -> false;

    @Test
    void aRequestedSlugIsKeptWithoutSurroundingSpaces() {
        assertEquals("rock-night", Slugs.choose("  rock-night ", "Anything else", NONE_TAKEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rock-Night", "rock night", "rock--night", "-rock", "rock-", "röck"})
    void aMalformedRequestedSlugIsInvalidInput(String requested) {
        assertThrows(InvalidInput.class, () -> Slugs.choose(requested, "Rock Night", NONE_TAKEN));
    }

    @Test
    void aRequestedSlugThatIsTakenIsRefusedRatherThanNumbered() {
        SlugTaken refused = assertThrows(
                SlugTaken.class, () -> Slugs.choose("rock-night", "Rock Night", Set.of("rock-night")::contains));

        assertEquals("slugTaken", refused.messageKey());
        assertArrayEquals(new Object[] {"rock-night"}, refused.arguments());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void withoutARequestedSlugOneIsMadeFromTheName(String requested) {
        assertEquals("die-arzte-live-in-koln", Slugs.choose(requested, "Die Ärzte – Live in Köln!", NONE_TAKEN));
    }

    @Test
    void aMadeSlugThatIsTakenGetsTheFirstFreeNumberFromTwo() {
        List<String> asked = new ArrayList<>();
        Set<String> taken = Set.of("rock-night", "rock-night-2");

        String slug = Slugs.choose(null, "Rock Night", candidate -> asked.add(candidate) && taken.contains(candidate));

        assertEquals("rock-night-3", slug);
        assertEquals(List.of("rock-night", "rock-night-2", "rock-night-3"), asked);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "!!! ???", "–", "日本"})
    void aNameWithoutLettersOrDigitsMakesNoSlug(String name) {
        assertThrows(InvalidInput.class, () -> Slugs.choose(null, name, NONE_TAKEN));
    }

    @Test
    void aNumberedSlugOfALongNameIsStillAValidSlug() {
        // Cutting the name to make room for the number lands right after the space between two words.
        String name = "a".repeat(113) + " " + "b".repeat(20);
        String base = Slugs.of(name);

        String slug = Slugs.choose(null, name, base::equals);

        assertTrue(Slugs.isValid(slug), slug);
        assertEquals("a".repeat(113) + "-2", slug);
    }

    @Test
    void numberedSlugsOfLongNamesStayWithinTheLengthLimit() {
        String name = "word ".repeat(60);
        Set<String> taken = Set.of(Slugs.of(name));

        String slug = Slugs.choose(null, name, taken::contains);

        assertTrue(slug.length() <= 120);
        assertTrue(Slugs.isValid(slug), slug);
        assertTrue(slug.endsWith("-2"), slug);
    }
}
