package org.marquee.core.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.marquee.core.catalog.Artist;
import org.marquee.core.catalog.ArtistDetails;
import org.marquee.core.catalog.Artists;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.CategoryView;
import org.marquee.core.catalog.Event;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionTimes;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.Country;
import org.marquee.core.geo.Geography;
import org.marquee.core.media.ImageOwner;
import org.marquee.core.media.Images;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Settings;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.RowLabels;
import org.marquee.core.venue.SeatNumbering;
import org.marquee.core.venue.SeatRowPlan;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.Venue;
import org.marquee.core.venue.VenueDetails;
import org.marquee.core.venue.Venues;

/**
 * The demo catalog: categories, about 30 venues (theatres of 2,000+ seats with curved stalls and
 * a balcony, arenas with a standing floor and seated tiers, standing-only clubs), 100 artists,
 * 200 events and 600 sessions over the next 120 days, each event, artist and venue with a drawn
 * poster (by category, initial or kind of venue, shared). Made through the same services as real data, from a fixed random seed, so every demo
 * starts alike.
 */
@Stateless
@PermitAll // loaded() is a read; load() runs as the demo loader's admin (DemoData is @RunAs ADMIN)
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());
    private static final int EVENTS = 200;

    private static final String[] CATEGORIES = {"Concerts", "Theatre", "Comedy", "Classical", "Dance", "Family"};
    private static final String[] FIRST = {
        "Mara", "Leon", "Ines", "Tomas", "Aiko", "Ruth", "Omar", "Lena", "Felix", "Nadia", "Jonas", "Clara", "Mateo",
        "Sofia", "Yuki", "Elif", "Hugo", "Vera", "Amir", "Greta"
    };
    private static final String[] LAST = {
        "Quinn",
        "Alvarez",
        "Sato",
        "Berg",
        "Okafor",
        "Novak",
        "Moreau",
        "Costa",
        "Lindqvist",
        "Haddad",
        "Kowalski",
        "Reyes",
        "Brandt",
        "Mori",
        "Duarte"
    };
    private static final String[] BAND_A = {
        "Velvet",
        "Paper",
        "Northern",
        "Electric",
        "Silver",
        "Midnight",
        "Golden",
        "Hollow",
        "Neon",
        "Wild",
        "Quiet",
        "Crimson"
    };
    private static final String[] BAND_B = {
        "Owls",
        "Lanterns",
        "Tides",
        "Engines",
        "Foxes",
        "Choir",
        "Harbour",
        "Satellites",
        "Gardens",
        "Wolves",
        "Orchestra",
        "Collective"
    };
    private static final String[] SHOWS = {
        "Live",
        "World Tour",
        "In Concert",
        "Unplugged",
        "The Anniversary Show",
        "Night of Stories",
        "Summer Sessions",
        "Greatest Hits",
        "Premiere",
        "Encore"
    };

    @Inject
    private Clock clock;

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
    private Settings settings;

    @EJB
    private Images images;

    public boolean loaded() {
        return !categories.all().isEmpty();
    }

    @RolesAllowed("ADMIN")
    public void load() {
        Random random = new Random(20261122L);
        String currency = settings.current().defaultCurrency();
        List<CategoryView> kinds = new ArrayList<>();
        for (String name : CATEGORIES) {
            kinds.add(categories.add(name, null));
        }
        List<Venue> allVenues = loadVenues(currency);
        List<ArtistDetails> allArtists = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            allArtists.add(artists.add(artistName(i), null, "Demo artist number " + (i + 1) + "."));
        }
        Posters posters = DemoPosters.available() ? new Posters() : null;
        for (int i = 0; i < EVENTS; i++) {
            ArtistDetails headliner = allArtists.get(i % allArtists.size());
            List<Long> billing = new ArrayList<>(List.of(headliner.id()));
            if (random.nextInt(3) == 0) {
                billing.add(allArtists.get(random.nextInt(allArtists.size())).id());
            }
            CategoryView kind = kinds.get(random.nextInt(kinds.size()));
            String title = headliner.name() + ": " + SHOWS[random.nextInt(SHOWS.length)];
            EventDetails event = events.create(
                    title,
                    null,
                    "A " + kind.name().toLowerCase() + " night with " + headliner.name() + ".",
                    kind.id(),
                    billing);
            if (i % 20 != 19) {
                events.publish(event.id());
            }
            if (i % 25 == 0) {
                events.highlight(event.id(), true);
            }
            for (int s = 0; s < 3; s++) {
                scheduleSession(event, allVenues.get(random.nextInt(allVenues.size())), random, currency);
            }
            if (posters != null) {
                int colour = kinds.indexOf(kind) * 2 + i % 2;
                posters.show(ImageOwner.of(Event.class), event.id(), kind.name(), "Live on Marquee", colour);
            }
        }
        if (posters == null) {
            LOG.warning("This JVM cannot draw text (no fonts?): the demo catalog has no pictures");
            return;
        }
        for (ArtistDetails artist : allArtists) {
            String initial = artist.name().replaceFirst("^The ", "").substring(0, 1);
            posters.show(ImageOwner.of(Artist.class), artist.id(), initial, "Artist on Marquee", initial.charAt(0));
        }
        for (Venue venue : allVenues) {
            String kind =
                    venue.name().contains("Theatre") ? "Theatre" : venue.name().contains("Arena") ? "Arena" : "Club";
            posters.show(ImageOwner.of(Venue.class), venue.id(), kind, "Venue on Marquee", kind.length());
        }
        LOG.info(posters::summary);
    }

    /**
     * The demo's posters: each drawn and stored once, through the same steps as an upload (resized
     * variants, files, audit), then shown by every owner that gets the same one. A few dozen
     * drawings for 330 owners keep the demo load quick (see docs/benchmarks.md).
     */
    private final class Posters {

        private final Map<String, Long> drawn = new HashMap<>();
        private long nanos;
        private int shown;

        void show(ImageOwner owner, long ownerId, String title, String line, int colour) {
            long started = System.nanoTime();
            String key = title + "\n" + line + "\n" + colour;
            Long image = drawn.get(key);
            if (image == null) {
                BufferedImage poster = DemoPosters.draw(title, line, colour);
                drawn.put(
                        key,
                        images.attachDrawn(owner, ownerId, poster, "demo poster")
                                .id());
            } else {
                images.show(owner, ownerId, image);
            }
            shown++;
            nanos += System.nanoTime() - started;
        }

        String summary() {
            return "Demo posters: " + drawn.size() + " drawn and stored, shown by " + shown + " records, in "
                    + nanos / 1_000_000 + " ms";
        }
    }

    private void scheduleSession(EventDetails event, Venue venue, Random random, String currency) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), venue.timeZone()).plusDays(2 + random.nextInt(118));
        LocalTime time = random.nextBoolean() ? LocalTime.of(19, 30) : LocalTime.of(20, 0);
        Instant start = day.atTime(time).atZone(venue.timeZone()).toInstant();
        Instant end = start.plus(Duration.ofMinutes(120 + 30L * random.nextInt(3)));
        Map<Long, Money> prices = random.nextInt(4) == 0
                ? Map.of(
                        venue.sections().get(0).id(), price(2500 + 500L * random.nextInt(10), venue.currency(currency)))
                : Map.of();
        sessions.schedule(event.id(), venue.id(), SessionTimes.sellingUntilStart(start, end, clock.instant()), prices);
    }

    private List<Venue> loadVenues(String currency) {
        List<Venue> all = new ArrayList<>();
        List<CityView> cities = geography.cities();
        for (int i = 0; i < cities.size() * 3 + 3 && all.size() < 30; i++) {
            CityView city = cities.get(i % cities.size());
            int kind = i / cities.size();
            String local = geography
                    .findCountry(city.countryCode())
                    .flatMap(Country::currency)
                    .orElse(currency);
            all.add(
                    switch (kind) {
                        case 0 -> theatre(city, local);
                        case 1 -> arenaOrHall(city, local, i);
                        default -> club(city, local, i);
                    });
        }
        return all;
    }

    /** 2,130 seats: 30 curved rows of 50 in the stalls, 14 rows of 45 on the balcony. */
    private Venue theatre(CityView city, String currency) {
        VenueDetails venue = venues.create(
                "Grand Theatre " + city.name(),
                null,
                city.id(),
                "1 Theatre Square, " + city.name(),
                "A horseshoe theatre with curved stalls and a balcony.");
        SeatRowPlan stalls = SeatRowPlan.builder(30, 50)
                .origin(0, 600)
                .seatSize(48, 48)
                .spacing(55, 90)
                .frontRowRadius(2600)
                .rowLabels(RowLabels.lettersWithoutIAndO())
                .numbering(SeatNumbering.LEFT_TO_RIGHT, 1)
                .build();
        venues.addSeatedSection(
                venue.id(),
                "Stalls",
                price(4500, currency),
                new Placement(0, 1900, 0, Shape.ROUNDED, 3000, 3000),
                stalls.generate());
        SeatRowPlan balcony = SeatRowPlan.builder(14, 45)
                .origin(0, 3900)
                .seatSize(48, 48)
                .spacing(55, 90)
                .frontRowRadius(3800)
                .rowLabels(RowLabels.letters())
                .numbering(SeatNumbering.LEFT_TO_RIGHT, 1)
                .build();
        venues.addSeatedSection(
                venue.id(),
                "Balcony",
                price(2900, currency),
                new Placement(0, 4300, 0, Shape.ROUNDED, 2700, 1500),
                balcony.generate());
        return venues.find(venue.id());
    }

    /** A standing floor in front of the stage and seated tiers behind and beside it. */
    private Venue arenaOrHall(CityView city, String currency, int index) {
        VenueDetails venue = venues.create(
                city.name() + " Arena",
                null,
                city.id(),
                index + " Stadium Road, " + city.name(),
                "An arena with a standing floor and seated tiers.");
        venues.addStandingSection(
                venue.id(),
                "Floor",
                2000 + 250 * (index % 5),
                price(5500, currency),
                new Placement(0, 1400, 0, Shape.RECTANGLE, 3000, 2000));
        SeatRowPlan back = SeatRowPlan.builder(12, 50)
                .origin(0, 2700)
                .seatSize(45, 45)
                .spacing(52, 85)
                .build();
        venues.addSeatedSection(
                venue.id(),
                "Tier North",
                price(4000, currency),
                new Placement(0, 3170, 0, Shape.RECTANGLE, 2700, 1100),
                back.generate());
        SeatRowPlan side = SeatRowPlan.builder(8, 30)
                .origin(-2000, 1400)
                .seatSize(45, 45)
                .spacing(52, 85)
                .rotation(90)
                .build();
        venues.addSeatedSection(
                venue.id(),
                "Tier West",
                price(3500, currency),
                new Placement(-2300, 1400, 90, Shape.RECTANGLE, 1650, 750),
                side.generate());
        return venues.find(venue.id());
    }

    private Venue club(CityView city, String currency, int index) {
        String[] names = {"The Basement", "Lighthouse Club", "Kiosk", "Warehouse 9", "Blue Room"};
        VenueDetails venue = venues.create(
                names[index % names.length] + " " + city.name(),
                null,
                city.id(),
                index + " Harbour Street, " + city.name(),
                "A standing-only club.");
        Section floor = venues.addStandingSection(
                venue.id(),
                "Main floor",
                200 + 100 * (index % 8),
                price(1800 + 200L * (index % 5), currency),
                new Placement(0, 800, 0, Shape.RECTANGLE, 1600, 1200));
        if (index % 2 == 0) {
            venues.addStandingSection(
                    venue.id(),
                    "Gallery",
                    80,
                    floor.startingPrice(),
                    new Placement(0, 1700, 0, Shape.ROUNDED, 1600, 400));
        }
        return venues.find(venue.id());
    }

    /** Roughly what a euro buys in the demo's currencies, so that Tokyo's prices read like Tokyo's. */
    private static final Map<String, BigDecimal> PER_EURO = Map.of(
            "EUR", BigDecimal.ONE,
            "USD", new BigDecimal("1.1"),
            "GBP", new BigDecimal("0.85"),
            "BRL", new BigDecimal("6"),
            "AUD", new BigDecimal("1.7"),
            "JPY", new BigDecimal("170"));

    /**
     * A demo price given in euro cents, in a venue's currency: whole units (whole hundreds of a
     * currency without decimals, such as ¥4,300), in that currency's minor units (JPY has none).
     */
    static Money price(long euroCents, String currency) {
        BigDecimal major = BigDecimal.valueOf(euroCents, 2).multiply(PER_EURO.getOrDefault(currency, BigDecimal.ONE));
        int digits = Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        BigDecimal rounded =
                digits == 0 ? major.setScale(-2, RoundingMode.HALF_UP) : major.setScale(0, RoundingMode.HALF_UP);
        return Money.of(rounded.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY), currency);
    }

    /** Distinct names: bands and people from fixed word lists. */
    private static String artistName(int index) {
        if (index % 3 == 0) {
            int band = index / 3;
            return "The " + BAND_A[band % BAND_A.length] + " " + BAND_B[(band / BAND_A.length + band) % BAND_B.length];
        }
        int person = index - index / 3 - 1;
        return FIRST[person % FIRST.length] + " " + LAST[(person / FIRST.length + person) % LAST.length];
    }
}
