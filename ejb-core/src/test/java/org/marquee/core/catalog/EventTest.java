package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    private final Category concerts = new Category("Concerts", "concerts", 1);
    private final Artist headliner = new Artist("The Headliners", "the-headliners", null, CREATED);
    private final Artist support = new Artist("Support Act", "support-act", null, CREATED);
    private final Artist guest = new Artist("Special Guest", "special-guest", null, CREATED);

    private Event event(List<Artist> artists) {
        return new Event("Summer Tour", "summer-tour", "Two hours of it.", concerts, artists, CREATED);
    }

    @Test
    void aNewEventIsADraftTheVisitorsCannotSee() {
        Event event = event(List.of(headliner));

        assertEquals(EventStatus.DRAFT, event.status());
        assertFalse(event.isPublic());
        assertFalse(event.featured());
    }

    @Test
    void aPublishedEventIsPublic() {
        Event event = event(List.of(headliner));

        event.publish(Instant.parse("2026-11-01T10:00:00Z"));

        assertEquals(EventStatus.PUBLISHED, event.status());
        assertTrue(event.isPublic());
    }

    @Test
    void publishingAgainChangesNothing() {
        Event event = event(List.of(headliner));
        event.publish(Instant.parse("2026-11-01T10:00:00Z"));

        event.publish(Instant.parse("2026-11-01T10:00:00Z"));

        assertEquals(EventStatus.PUBLISHED, event.status());
    }

    @Test
    void aCancelledEventStaysVisibleAsCancelled() {
        Event event = event(List.of(headliner));
        event.publish(Instant.parse("2026-11-01T10:00:00Z"));

        event.cancel();

        assertEquals(EventStatus.CANCELLED, event.status());
        assertTrue(event.isPublic());
    }

    @Test
    void aCancelledEventCannotBePublishedAgain() {
        Event event = event(List.of(headliner));
        event.publish(Instant.parse("2026-11-01T10:00:00Z"));
        event.cancel();

        assertThrows(IllegalStateException.class, () -> event.publish(Instant.parse("2026-11-02T10:00:00Z")));
        assertEquals(EventStatus.CANCELLED, event.status());
    }

    @Test
    void artistsAreFeaturedOnceEachInBillingOrder() {
        Event event = event(List.of(headliner, support, headliner, guest, support));

        assertEquals(List.of(headliner, support, guest), event.artists());
    }

    @Test
    void featuringReplacesTheBilling() {
        Event event = event(List.of(headliner, support));

        event.feature(List.of(guest, headliner, guest));

        assertEquals(List.of(guest, headliner), event.artists());
        event.feature(List.of());
        assertEquals(List.of(), event.artists());
    }

    @Test
    void theBillingCannotBeChangedFromOutside() {
        Event event = event(List.of(headliner));

        assertThrows(UnsupportedOperationException.class, () -> event.artists().add(guest));
    }

    @Test
    void textIsStrippedAndABlankDescriptionIsNone() {
        Event event = new Event("  Summer Tour ", "summer-tour", "   ", concerts, List.of(), CREATED);

        assertEquals("Summer Tour", event.title());
        assertNull(event.description());
    }

    @Test
    void anEventNeedsATitleAValidSlugACategoryAndACreationTime() {
        List<Artist> none = List.of();

        assertThrows(
                IllegalArgumentException.class, () -> new Event(" ", "summer-tour", null, concerts, none, CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Event("x".repeat(201), "summer-tour", null, concerts, none, CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Event("Summer Tour", "Summer Tour", null, concerts, none, CREATED));
        assertThrows(
                NullPointerException.class, () -> new Event("Summer Tour", "summer-tour", null, null, none, CREATED));
        assertThrows(
                NullPointerException.class, () -> new Event("Summer Tour", "summer-tour", null, concerts, none, null));
    }

    @Test
    void describingChecksLikeTheConstructor() {
        Event event = event(List.of());
        Category theatre = new Category("Theatre", "theatre", 2);

        event.describe(" Winter Tour ", null, theatre);

        assertEquals("Winter Tour", event.title());
        assertNull(event.description());
        assertEquals(theatre, event.category());
        assertThrows(IllegalArgumentException.class, () -> event.describe("", null, theatre));
        assertThrows(NullPointerException.class, () -> event.describe("Winter Tour", null, null));
    }

    @Test
    void aDraftThatIsCancelledStaysHiddenButAPublishedOneShowsAsCancelled() {
        Event draft = new Event(
                "Draft show",
                "draft-show",
                null,
                new Category("Comedy", "comedy", 0),
                java.util.List.of(),
                Instant.parse("2026-11-01T09:00:00Z"));
        Event published = new Event(
                "Real show",
                "real-show",
                null,
                new Category("Comedy", "comedy", 0),
                java.util.List.of(),
                Instant.parse("2026-11-01T09:00:00Z"));
        published.publish(Instant.parse("2026-11-01T10:00:00Z"));

        draft.cancel();
        published.cancel();

        assertFalse(draft.isPublic());
        assertTrue(published.isPublic());
    }

    @Test
    void onlyADraftGetsAnotherAddressName() {
        Event event = event(List.of(headliner));

        event.changeSlug("summer-tour-2026");
        assertEquals("summer-tour-2026", event.slug());
        assertThrows(IllegalArgumentException.class, () -> event.changeSlug("Not A Slug"));

        event.publish(Instant.parse("2026-11-01T10:00:00Z"));
        assertThrows(IllegalStateException.class, () -> event.changeSlug("another"));
        assertEquals("summer-tour-2026", event.slug());
    }

    @Test
    void cancellingIsFinalAndHappensOnce() {
        Event event = event(List.of(headliner));
        assertTrue(event.isDraft());

        event.cancel();

        assertFalse(event.isDraft());
        assertThrows(IllegalStateException.class, event::cancel);
        assertThrows(IllegalStateException.class, () -> event.publish(Instant.parse("2026-11-01T10:00:00Z")));
    }
}
