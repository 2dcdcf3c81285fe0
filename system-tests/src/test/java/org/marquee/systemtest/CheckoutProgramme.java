package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.marquee.core.catalog.Categories;
import org.marquee.core.catalog.EventDetails;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionTimes;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.geo.CityView;
import org.marquee.core.geo.Geography;
import org.marquee.core.platform.Money;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.SeatRowPlan;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.VenueDetails;
import org.marquee.core.venue.Venues;

/**
 * A small hall for checkout tests, made through the services inside the server: a seated section
 * of {@code rows x seatsPerRow} and a standing floor, one published event, and a session on sale
 * from now (SCHEDULED until its first order or the opener opens it).
 */
record CheckoutProgramme(
        long venueId, long seatedSectionId, long standingSectionId, long sessionId, List<Long> seatIds) {

    /** The hall, through the catalog services of the server the test runs in (looked up, so a test injects none). */
    static CheckoutProgramme create(DataSource db, int rows, int seatsPerRow, int standing) {
        return create(
                service(Geography.class),
                service(Categories.class),
                service(Venues.class),
                service(Events.class),
                service(Sessions.class),
                db,
                rows,
                seatsPerRow,
                standing);
    }

    private static <T> T service(Class<T> type) {
        return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
    }

    static CheckoutProgramme create(
            Geography geography,
            Categories categories,
            Venues venues,
            Events events,
            Sessions sessions,
            DataSource db,
            int rows,
            int seatsPerRow,
            int standing) {
        // Building a venue, an event and its session is an admin's act.
        return Callers.asAdmin(
                () -> build(geography, categories, venues, events, sessions, db, rows, seatsPerRow, standing));
    }

    private static CheckoutProgramme build(
            Geography geography,
            Categories categories,
            Venues venues,
            Events events,
            Sessions sessions,
            DataSource db,
            int rows,
            int seatsPerRow,
            int standing)
            throws SQLException {
        String tag = "c" + System.nanoTime();
        Countries.ensure("DE");
        CityView city = geography.addCity("DE", "Checkout " + tag, "Europe/Berlin");
        VenueDetails venue = venues.create("Hall " + tag, null, city.id(), "1 Box Office Lane", null);
        Section stalls = venues.addSeatedSection(
                venue.id(),
                "Stalls",
                Money.ofMinor(4000, "EUR"),
                new Placement(0, 500, 0, Shape.RECTANGLE, 2000, 1000),
                SeatRowPlan.builder(rows, seatsPerRow).build().generate());
        Section floor = venues.addStandingSection(
                venue.id(),
                "Floor",
                standing,
                Money.ofMinor(2500, "EUR"),
                new Placement(0, 2000, 0, Shape.RECTANGLE, 2000, 1000));
        long category = categories.add("Checkout " + tag, null).id();
        EventDetails event = events.create("Checkout show " + tag, null, null, category, List.of());
        events.publish(event.id());
        Instant start = Instant.now().plus(Duration.ofDays(20));
        long session = sessions.schedule(
                        event.id(),
                        venue.id(),
                        SessionTimes.sellingUntilStart(start, start.plus(Duration.ofHours(2)), Instant.now()),
                        Map.of())
                .id();
        List<Long> seats = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from seat where section_id = ? order by row_label, seat_number")) {
            query.setLong(1, stalls.id());
            try (ResultSet rowsFound = query.executeQuery()) {
                while (rowsFound.next()) {
                    seats.add(rowsFound.getLong(1));
                }
            }
        }
        return new CheckoutProgramme(venue.id(), stalls.id(), floor.id(), session, List.copyOf(seats));
    }
}
