package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

    @Test
    void aCategoryKeepsItsStrippedNameSlugAndPosition() {
        Category category = new Category("  Stand-up Comedy ", "stand-up-comedy", 3);

        assertEquals("Stand-up Comedy", category.name());
        assertEquals("stand-up-comedy", category.slug());
        assertEquals(3, category.sortOrder());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aCategoryNeedsAName(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Category(name, "comedy", 1));
    }

    @Test
    void aCategoryNameHasAtMostAHundredCharacters() {
        assertEquals(100, new Category("x".repeat(100), "x", 1).name().length());
        assertThrows(IllegalArgumentException.class, () -> new Category("x".repeat(101), "x", 1));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Comedy", "stand up", "comedy-"})
    void aCategoryNeedsAValidSlug(String slug) {
        assertThrows(IllegalArgumentException.class, () -> new Category("Comedy", slug, 1));
    }

    @Test
    void renamingChecksTheNameLikeTheConstructor() {
        Category category = new Category("Comedy", "comedy", 1);

        category.rename(" Stand-up ");

        assertEquals("Stand-up", category.name());
        assertThrows(IllegalArgumentException.class, () -> category.rename(" "));
        assertEquals("Stand-up", category.name());
    }
}
