package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArtistTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void anArtistKeepsItsStrippedNameSlugAndBio() {
        Artist artist = new Artist(" Nils Frahm ", "nils-frahm", "  Pianist from Hamburg. ", CREATED);

        assertEquals("Nils Frahm", artist.name());
        assertEquals("nils-frahm", artist.slug());
        assertEquals("Pianist from Hamburg.", artist.bio());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aBlankBioIsNoBio(String bio) {
        assertNull(new Artist("Nils Frahm", "nils-frahm", bio, CREATED).bio());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anArtistNeedsAName(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Artist(name, "nils-frahm", null, CREATED));
    }

    @Test
    void textHasItsLimits() {
        assertThrows(IllegalArgumentException.class, () -> new Artist("x".repeat(201), "x", null, CREATED));
        assertThrows(IllegalArgumentException.class, () -> new Artist("X", "x", "b".repeat(20_001), CREATED));
        assertEquals(
                200,
                new Artist("x".repeat(200), "x", "b".repeat(20_000), CREATED)
                        .name()
                        .length());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Nils Frahm", "nils_frahm", "nils--frahm"})
    void anArtistNeedsAValidSlug(String slug) {
        assertThrows(IllegalArgumentException.class, () -> new Artist("Nils Frahm", slug, null, CREATED));
    }

    @Test
    void anArtistNeedsACreationTime() {
        assertThrows(NullPointerException.class, () -> new Artist("Nils Frahm", "nils-frahm", null, null));
    }

    @Test
    void describingChecksLikeTheConstructor() {
        Artist artist = new Artist("Nils Frahm", "nils-frahm", "Pianist.", CREATED);

        artist.describe(" Nils Frahm Trio ", " ");

        assertEquals("Nils Frahm Trio", artist.name());
        assertNull(artist.bio());
        assertThrows(IllegalArgumentException.class, () -> artist.describe("", null));
    }
}
