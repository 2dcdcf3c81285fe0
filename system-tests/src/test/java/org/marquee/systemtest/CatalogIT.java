package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.catalog.ArtistDetails;
import org.marquee.core.catalog.Artists;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.core.catalog.Discovery;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionCard;
import org.marquee.core.catalog.SessionTimes;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.SlugTaken;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.SeatRowPlan;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.VenueDetails;
import org.marquee.core.venue.Venues;

/** The catalog services inside the server on PostgreSQL: building a programme, finding it, refusing bad input. */
@ExtendWith({ArquillianExtension.class, AsFixtureAdmin.class})
@Tag(SharedDeployment.IN_SERVER)
class CatalogIT {

    @EJB
    private Geography geography;

    @EJB
    private Categories categories;

    @EJB
    private Artists artists;

    @EJB
    private Venues venues;

    @EJB
    private Events events;

    @EJB
    private Sessions sessions;

    @EJB
    private Discovery discovery;

    @PersistenceContext
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(CatalogIT.class, SqlCounter.class);
    }

    @BeforeEach
    void germany() {
        Countries.ensure("DE");
    }

    @Test
    void aPublishedEventIsFoundByCategoryCityArtistVenueAndText() {
        String tag = "t" + System.nanoTime();
        CityView city = geography.addCity("DE", "Testburg " + tag, "Europe/Berlin");
        CategoryView category = categories.add("Category " + tag, null);
        ArtistDetails artist = artists.add("Artist " + tag, null, "bio");
        VenueDetails venue = venues.create("Hall " + tag, null, city.id(), "1 Test Street", null);
        Section stalls = venues.addSeatedSection(
                venue.id(),
                "Stalls",
                euros(30),
                place(),
                SeatRowPlan.builder(3, 10).build().generate());
        venues.addStandingSection(venue.id(), "Floor", 200, euros(20), place());
        EventDetails event = events.create("Show " + tag, null, "words", category.id(), List.of(artist.id()));
        Instant start = Instant.now().plus(Duration.ofDays(10));
        sessions.schedule(event.id(), venue.id(), times(start), Map.of(stalls.id(), euros(45)));
        sessions.schedule(event.id(), venue.id(), times(start.plus(Duration.ofDays(1))), Map.of());

        assertEquals(0, discovery.byEvent(event.slug(), 0, 10).total(), "a draft is not public");
        events.publish(event.id());

        List<SessionCard> found = discovery.byEvent(event.slug(), 0, 10).items();
        assertEquals(2, found.size());
        assertEquals(euros(20), found.get(0).fromPrice(), "the standing floor is the cheapest");
        assertEquals(2, discovery.byCategory(category.slug(), 0, 10).total());
        assertEquals(2, discovery.byCity(city.slug(), 0, 10).total());
        assertEquals(2, discovery.byArtist(artist.slug(), 0, 10).total());
        assertEquals(2, discovery.byVenue(venue.slug(), 0, 10).total());
        assertEquals(2, discovery.search(tag.toUpperCase(), 0, 10).total(), "search ignores case");
        assertEquals(230, venues.find(venue.id()).capacity());
    }

    @Test
    void searchWantsEveryWordAnywhereIgnoringAccentsAndAPagePastTheEndIsTheLastPage() {
        String tag = "s" + System.nanoTime();
        CityView city = geography.addCity("DE", "Münster " + tag, "Europe/Berlin");
        CategoryView category = categories.add("Comedy " + tag, null);
        VenueDetails venue = venues.create("Lachhalle " + tag, null, city.id(), "3 Test Street", null);
        venues.addStandingSection(venue.id(), "Floor", 100, euros(20), place());
        EventDetails event = events.create("Jokes " + tag, null, "words", category.id(), List.of());
        Instant start = Instant.now().plus(Duration.ofDays(10));
        for (int i = 0; i < 3; i++) {
            sessions.schedule(event.id(), venue.id(), times(start.plus(Duration.ofDays(i))), Map.of());
        }
        events.publish(event.id());

        assertEquals(3, discovery.search("munster COMEDY " + tag, 0, 10).total(), "city, category, any: no accent");
        assertEquals(3, discovery.search("Münster lachhalle " + tag, 0, 10).total());
        assertEquals(0, discovery.search("munster opera " + tag, 0, 10).total(), "every word must match");

        Page<SessionCard> second = discovery.search(tag, 2, 2);
        assertEquals(
                List.of(1, 2, 2, 3L), List.of(second.items().size(), second.number(), second.pages(), second.total()));
        for (int first : List.of(4, 2000)) {
            Page<SessionCard> past = discovery.search(tag, first, 2);
            assertEquals(
                    List.of(1, 2, 2, 3L),
                    List.of(past.items().size(), past.number(), past.pages(), past.total()),
                    "a page past the end is the last one, and counts right");
            assertFalse(past.hasNext());
        }
    }

    @Test
    void invalidInputIsRefusedAndChangesNothing() {
        String tag = "x" + System.nanoTime();
        CityView city = geography.addCity("DE", "Refusal " + tag, "Europe/Berlin");
        CategoryView category = categories.add("Refusals " + tag, null);
        VenueDetails venue = venues.create("Refusal Hall " + tag, null, city.id(), "2 Test Street", null);
        EventDetails event = events.create("Refused " + tag, null, null, category.id(), List.of());
        long sessionCount = sessions.count();

        assertThrows(
                DomainException.class,
                () -> sessions.schedule(
                        event.id(), venue.id(), times(Instant.now().minus(Duration.ofHours(1))), Map.of()),
                "a session in the past");
        assertThrows(
                IllegalArgumentException.class,
                () -> times(Instant.now())
                        .equals(new SessionTimes(
                                Instant.now(),
                                Instant.now().minusSeconds(60),
                                Instant.now().minusSeconds(3600),
                                Instant.now().minusSeconds(120))),
                "an end before the start");
        assertThrows(
                InvalidInput.class,
                () -> venues.addStandingSection(venue.id(), "Floor", 100, Money.ofMinor(-1, "EUR"), place()),
                "a negative price");
        assertThrows(SlugTaken.class, () -> events.create("Other", event.slug(), null, category.id(), List.of()));
        assertThrows(DomainException.class, () -> geography.addCity("DE", "Nowhere " + tag, "Mars/Olympus_Mons"));
        assertThrows(InvalidInput.class, () -> venues.addStandingSection(venue.id(), "Floor", 0, euros(10), place()));

        assertEquals(sessionCount, sessions.count());
        assertEquals(0, venues.find(venue.id()).sections().size());
        assertTrue(geography.findCityBySlug("nowhere-" + tag + "-de").isEmpty());
    }

    @Test
    void listsCostTheSameNumberOfStatementsWhateverTheirLength() {
        // A programme of its own longer than the longest page, so that page is full whatever else is on sale.
        String tag = "l" + System.nanoTime();
        CityView city = geography.addCity("DE", "Listburg " + tag, "Europe/Berlin");
        CategoryView category = categories.add("Lists " + tag, null);
        VenueDetails venue = venues.create("List Hall " + tag, null, city.id(), "4 Test Street", null);
        venues.addStandingSection(venue.id(), "Floor", 100, euros(20), place());
        EventDetails event = events.create("Listed " + tag, null, "words", category.id(), List.of());
        Instant start = Instant.now().plus(Duration.ofDays(1));
        for (int i = 0; i < 61; i++) {
            sessions.schedule(event.id(), venue.id(), times(start.plus(Duration.ofHours(i))), Map.of());
        }
        events.publish(event.id());

        int few = SqlCounter.count(em, () -> discovery.upcoming(0, 3));
        int many = SqlCounter.count(em, () -> discovery.upcoming(0, 60));
        int search = SqlCounter.count(em, () -> discovery.search("a", 0, 60));

        assertTrue(many >= 2, "the counter sees the page and its prices");
        assertTrue(many <= 3, "a page of 60 sessions took " + many + " statements");
        assertEquals(few, many);
        // A search looks its words up first (one statement over the small tables), then lists.
        assertTrue(search <= 4, "a search took " + search + " statements");
        assertEquals(
                1,
                SqlCounter.count(em, () -> discovery.search("zzq" + tag, 0, 60)),
                "a word naming nothing ends there");
    }

    @Test
    void aVenuePageCostsAFewStatementsWhateverItsSeats() {
        String tag = "v" + System.nanoTime();
        CityView city = geography.addCity("DE", "Seatburg " + tag, "Europe/Berlin");
        VenueDetails hall = venues.create("Big Hall " + tag, null, city.id(), "5 Test Street", null);
        venues.addSeatedSection(
                hall.id(),
                "Stalls",
                euros(30),
                place(),
                SeatRowPlan.builder(40, 50).build().generate());
        String theatre = hall.slug();
        em.clear();

        int statements = SqlCounter.count(em, () -> venues.page(theatre));

        assertTrue(statements >= 2, "the counter sees the venue and its seats");
        assertTrue(statements <= 5, "the 2,000-seat floor plan took " + statements + " statements");
    }

    private static Money euros(int amount) {
        return Money.ofMinor(amount * 100L, "EUR");
    }

    private static Placement place() {
        return new Placement(0, 500, 0, Shape.RECTANGLE, 1000, 600);
    }

    private static SessionTimes times(Instant start) {
        return new SessionTimes(start, start.plus(Duration.ofHours(2)), start.minus(Duration.ofDays(30)), start);
    }
}
