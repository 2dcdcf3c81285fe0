package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.addSession;
import static org.marquee.systemtest.AdminSteps.choose;
import static org.marquee.systemtest.AdminSteps.count;
import static org.marquee.systemtest.AdminSteps.createEvent;
import static org.marquee.systemtest.AdminSteps.fillSession;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;
import static org.marquee.systemtest.AdminSteps.sectionPrice;
import static org.marquee.systemtest.AdminSteps.typeTime;
import static org.marquee.systemtest.AdminSteps.waitForError;
import static org.marquee.systemtest.AdminSteps.waitForInfo;
import static org.marquee.systemtest.AdminSteps.waitForMessageAt;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin managing events and their sessions: creating, publishing, scheduling with section
 * prices and price categories; refusals of bad input at their fields, with nothing saved; the
 * rules of deleting and cancelling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminEventsBrowserIT {

    /** How the admin and public pages show a session's start: in its venue's zone, named. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    /** This class's programme: two halls, a published event on sale at the first, two categories, an artist. */
    private static final String TAG = "ae" + System.nanoTime();

    private static final String COMEDY = "Comedy " + TAG;
    private static final String THEATRE = "Theatre " + TAG;
    private static final String ARTIST = "Artist " + TAG;
    private static BurstArena hall;
    private static BurstArena otherHall;

    @BeforeAll
    static void programme() throws Exception {
        hall = BurstArena.create(2, 6, 20, 1);
        otherHall = BurstArena.create(1, 4, 10, 0);
        TestCatalog.category(COMEDY);
        TestCatalog.category(THEATRE);
        TestCatalog.artist(ARTIST);
    }

    @Test
    void anEventIsCreatedPublishedAndScheduledWithPricesAndAPriceCategory() throws Exception {
        String title = "Test Event " + System.nanoTime();
        String artist = ARTIST;
        Venue venue = Venue.withBothKinds();
        try (Browser browser = loggedInAdmin()) {
            long eventId = createEvent(browser, title, COMEDY, "Jokes for tests.", artist);
            String slug = TestDatabase.string("select slug from event where id = " + eventId);
            assertEquals(title.toLowerCase(Locale.ROOT).replace(' ', '-'), slug, "made from the title");
            assertEquals("DRAFT", TestDatabase.string("select status from event where id = " + eventId));
            assertEquals(1, TestDatabase.count("select count(*) from event_artist where event_id = ?", eventId));
            assertTrue(browser.text("#history").contains("CREATE"));
            assertFalse(browser.has("#public-link"), "a draft has no public page");

            browser.click("#status\\:publish");
            waitForInfo(browser, "Published " + title + ".");
            assertEquals("PUBLISHED", TestDatabase.string("select status from event where id = " + eventId));
            assertTrue(browser.text("#event-status").startsWith("Status: Published."));

            LocalDateTime start =
                    LocalDateTime.now(venue.zone).plusDays(20).withHour(20).truncatedTo(ChronoUnit.HOURS);
            long sessionId = addSession(browser, venue.label, start, start.plusHours(2), Map.of(venue.seated, "55.50"));
            waitForInfo(browser, "Saved " + title + ".");
            assertTrue(browser.text("#session\\:zone").contains(venue.zone.getId()));
            assertEquals(start.atZone(venue.zone).toInstant(), startOf(sessionId), "typed in the venue's zone");
            assertEquals(
                    5550,
                    TestDatabase.count(
                            "select price_minor from session_section_price where session_id = ? and section_id = ?",
                            sessionId,
                            venue.seatedId));
            assertEquals(
                    1,
                    TestDatabase.count("select count(*) from session_section_price where session_id = ?", sessionId),
                    "the standing section keeps its starting price");

            browser.type("#category\\:name", "VIP");
            browser.type("#category\\:limit", "20");
            browser.click("#category\\:public .ui-chkbox-box");
            browser.type(sectionPrice("#category", venue.seated), "99");
            browser.click("#category\\:save");
            waitForInfo(browser, "Saved VIP.");
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from price_category where session_id = ? and name = 'VIP'"
                                    + " and not is_public and quantity_limit = 20",
                            sessionId));
            assertEquals(
                    9900,
                    TestDatabase.count(
                            "select p.price_minor from price_category_price p join price_category c"
                                    + " on c.id = p.price_category_id where c.session_id = ? and p.section_id = ?",
                            sessionId,
                            venue.seatedId));
            assertTrue(browser.text("#category-table").contains("VIP"));

            browser.click("tr[data-category='VIP'] button[id$=':edit']");
            browser.waitFor().until(d -> browser.text("#category-heading").equals("Editing VIP"));
            browser.type("#category\\:name", "Gold");
            browser.click("#category\\:save");
            waitForInfo(browser, "Saved Gold.");
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from price_category where session_id = ? and name = 'Gold'", sessionId));
            assertEquals(
                    0,
                    TestDatabase.count(
                            "select count(*) from price_category where session_id = ? and name = 'VIP'", sessionId));
            assertTrue(browser.text("#history").contains("changed price category Gold (hidden), at most 20"));
            assertTrue(browser.text("#history").contains(TestAccounts.admin()), "the audit names the admin");
            browser.screenshot("admin-session");

            String shown = SHOWN.format(start.atZone(venue.zone));
            browser.click("#event-link");
            browser.waitForPath("/admin/event.xhtml");
            assertTrue(browser.text("#sessions").contains(shown), browser.text("#sessions"));
            browser.screenshot("admin-event");

            browser.open("/admin/events.xhtml");
            browser.type("#events\\:table\\:title\\:filter", title);
            browser.waitFor().until(d -> rows(browser) == 1);
            String row = browser.text("#events\\:table_data");
            assertTrue(row.contains("Published") && row.contains(COMEDY) && row.contains(shown), row);

            browser.open("/events/" + slug);
            assertTrue(browser.text("#sessions").contains(shown));
        }
    }

    @Test
    void badSessionInputGetsFieldMessagesAndSavesNothing() throws Exception {
        long eventId = hall.eventId();
        Venue venue = Venue.withBothKinds();
        long sessions = TestDatabase.count("select count(*) from event_session");
        long prices = TestDatabase.count("select count(*) from session_section_price");
        LocalDateTime start = LocalDateTime.now(venue.zone).plusDays(10).truncatedTo(ChronoUnit.HOURS);
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/session.xhtml?event=" + eventId);
            // Issue 12, item 23: a date field's calendar button sits beside it, not under it.
            List<Number> field = browser.box("#session\\:startsAt_input");
            List<Number> button = browser.box("#session\\:startsAt .ui-datepicker-trigger");
            assertTrue(
                    button.get(1).doubleValue() < field.get(3).doubleValue()
                            && button.get(0).doubleValue() >= field.get(2).doubleValue() - 1,
                    "calendar button beside its field: " + field + " " + button);
            fillSession(browser, venue.label, start, start.minusHours(1), Map.of(venue.seated, "30"));
            assertTrue(browser.text("#session\\:pricing").contains("(EUR)"), "the currency before the first save");
            browser.click("#session\\:save");
            waitForMessageAt(browser, "#session\\:endsAt_input", "The session must end after it starts.");

            typeTime(browser, "session:endsAt", start.plusHours(2));
            browser.type(sectionPrice("#session", venue.seated), "-5");
            browser.click("#session\\:save");
            waitForMessageAt(browser, sectionPrice("#session", venue.seated), "A price cannot be negative.");

            browser.type(sectionPrice("#session", venue.seated), "30");
            typeTime(browser, "session:startsAt", start.minusDays(11));
            typeTime(browser, "session:endsAt", start.minusDays(11).plusHours(2));
            browser.click("#session\\:save");
            waitForMessageAt(browser, "#session\\:startsAt_input", "A session cannot start in the past.");

            typeTime(browser, "session:startsAt", start);
            typeTime(browser, "session:endsAt", start.plusHours(2));
            typeTime(browser, "session:salesEnd", start.plusMinutes(30));
            browser.click("#session\\:save");
            waitForMessageAt(
                    browser, "#session\\:salesEnd_input", "Sales must close at the start of the session or before.");

            typeTime(browser, "session:salesStart", start.minusDays(1));
            typeTime(browser, "session:salesEnd", start.minusDays(2));
            browser.click("#session\\:save");
            waitForMessageAt(browser, "#session\\:salesEnd_input", "Sales must close after they open.");
            assertEquals(
                    "", AdminSteps.messageAt(browser, "#session\\:startsAt_input"), "one message, where it belongs");
            browser.screenshot("admin-session-refused");
            assertTrue(browser.path().endsWith("/session.xhtml"));
        }
        assertEquals(sessions, TestDatabase.count("select count(*) from event_session"));
        assertEquals(prices, TestDatabase.count("select count(*) from session_section_price"));
    }

    @Test
    void aSessionOnSaleKeepsItsVenueAndABadPriceCategoryIsRefused() throws Exception {
        // Selling since a minute ago, 30 days ahead, of a published event.
        long sessionId = hall.sessionIds().get(0);
        long venueId = hall.venueId();
        String otherVenue = Venue.label(otherHall.venueId());
        String section = TestDatabase.string(
                "select name from section where venue_id = " + venueId + " order by sort_order, name limit 1");
        long categories = TestDatabase.count("select count(*) from price_category");
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/session.xhtml?id=" + sessionId);
            choose(browser, "#session\\:venue", otherVenue);
            browser.click("#session\\:save");
            waitForMessageAt(browser, "#session\\:venue", "The venue cannot change once the session is on sale");

            browser.open("/admin/session.xhtml?id=" + sessionId);
            browser.type("#category\\:name", "Kids");
            browser.type(sectionPrice("#category", section), "-1");
            browser.click("#category\\:save");
            waitForMessageAt(browser, sectionPrice("#category", section), "A price cannot be negative.");

            browser.type(sectionPrice("#category", section), "10");
            browser.type("#category\\:limit", "0");
            browser.click("#category\\:save");
            waitForMessageAt(browser, "#category\\:limit", "A quantity limit is 1 or more.");
        }
        assertEquals(venueId, TestDatabase.count("select venue_id from event_session where id = ?", sessionId));
        assertEquals(categories, TestDatabase.count("select count(*) from price_category"));
    }

    @Test
    void slugsDeletionAndCancellationFollowTheRules() throws Exception {
        long published = hall.eventId();
        String takenSlug = TestDatabase.string("select slug from event where id = " + published);
        String publishedTitle = TestDatabase.string("select title from event where id = " + published);
        Venue venue = Venue.withBothKinds();
        long events = TestDatabase.count("select count(*) from event");
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/event.xhtml");
            browser.type("#event\\:title", "Another show");
            browser.type("#event\\:slug", takenSlug);
            choose(browser, "#event\\:category", THEATRE);
            browser.click("#event\\:save");
            waitForMessageAt(
                    browser,
                    "#event\\:slug",
                    "The address name \u201c" + takenSlug + "\u201d is taken. Choose another.");
            assertEquals(events, TestDatabase.count("select count(*) from event"));

            browser.open("/admin/event.xhtml?id=" + published);
            browser.click("#event\\:delete");
            browser.click(".ui-confirmdialog-yes");
            waitForError(browser, publishedTitle + " has been published, so it cannot be deleted. Cancel it instead.");

            String withSession = "Draft With Session " + System.nanoTime();
            long withSessionId = createEvent(browser, withSession, THEATRE, "A draft.");
            LocalDateTime start = LocalDateTime.now(venue.zone).plusDays(30).truncatedTo(ChronoUnit.HOURS);
            addSession(browser, venue.label, start, start.plusHours(3), Map.of());
            browser.click("#event-link");
            browser.waitForPath("/admin/event.xhtml");
            browser.click("#event\\:delete");
            browser.click(".ui-confirmdialog-yes");
            waitForError(browser, withSession + " cannot be deleted: it has 1 session.");
            assertEquals(1, TestDatabase.count("select count(*) from event where id = ?", withSessionId));

            browser.click("#status\\:cancel");
            browser.click(".ui-confirmdialog-yes");
            waitForInfo(browser, "Cancelling: the orders are being cancelled and refunded.");
            assertEquals("CANCELLED", TestDatabase.string("select status from event where id = " + withSessionId));
            assertFalse(browser.has("#status\\:publish"));
            assertFalse(browser.has("#add-session"), "a cancelled event gets no new sessions");

            String empty = "Empty Draft " + System.nanoTime();
            long emptyId = createEvent(browser, empty, THEATRE, "Nothing yet.");
            browser.click("#event\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForPath("/admin/events.xhtml");
            waitForInfo(browser, "Deleted " + empty + ".");
            assertEquals(0, TestDatabase.count("select count(*) from event where id = ?", emptyId));

            choose(browser, "#events\\:table\\:statusFilter", "Cancelled");
            browser.waitFor()
                    .until(d -> rows(browser) > 0
                            && count(browser, "#events\\:table_data > tr[data-ri]")
                                    == count(browser, "#events\\:table_data .mq-status-cancelled"));
            choose(browser, "#events\\:table\\:categoryFilter", THEATRE);
            browser.type("#events\\:table\\:title\\:filter", withSession);
            browser.waitFor().until(d -> rows(browser) == 1);
        }
    }

    @Test
    void unknownEventsAndSessionsAreNotFound() {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/event.xhtml?id=999999999");
            assertTrue(browser.has("#error-404"));
            browser.open("/admin/session.xhtml?id=999999999");
            assertTrue(browser.has("#error-404"));
            browser.open("/admin/session.xhtml");
            assertTrue(browser.has("#error-404"));
        }
    }

    private static java.time.Instant startOf(long sessionId) throws Exception {
        try (var connection = TestDatabase.connect();
                var statement = connection.prepareStatement("select starts_at from event_session where id = ?")) {
            statement.setLong(1, sessionId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                Timestamp start = rows.getTimestamp(1);
                return start.toInstant();
            }
        }
    }

    private static int rows(Browser browser) {
        return count(browser, "#events\\:table_data > tr[data-ri]");
    }

    /** The class's hall, with a seated and a standing section, as the session form names it. */
    private record Venue(long id, String label, ZoneId zone, String seated, long seatedId) {

        static Venue withBothKinds() throws Exception {
            long id = hall.venueId();
            String seated = TestDatabase.string("select name from section where venue_id = " + id
                    + " and kind = 'SEATED' order by sort_order, name limit 1");
            return new Venue(
                    id,
                    label(id),
                    ZoneId.of(TestDatabase.string(
                            "select c.time_zone from venue v join city c on c.id = v.city_id where v.id = " + id)),
                    seated,
                    TestDatabase.count("select id from section where venue_id = ? and name = ?", id, seated));
        }

        /** "Hall, City", as the venue menu shows it. */
        static String label(long id) throws Exception {
            return TestDatabase.string("select v.name || ', ' || c.name from venue v join city c on c.id = v.city_id"
                    + " where v.id = " + id);
        }
    }
}
