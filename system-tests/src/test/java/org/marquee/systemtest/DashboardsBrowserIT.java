package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The dashboards in the browser, on a hall of the class's own with a session on sale: its venue
 * owner's team dashboard and the session's dashboard with its chart drawn and its attendee list
 * downloaded (a paid order written for the test is in it; another venue's list is the 404 page);
 * the owner of an artist the event bills sees that session's dashboards; the admin's platform
 * figures with their chart. Each page on a desktop and a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardsBrowserIT {

    private static final Timestamp SOLD = Timestamp.from(Instant.parse("9999-12-31T00:00:00Z"));

    private static final String TAG = "db" + System.nanoTime();
    private static final String VENUE_OWNER = "venue-owner-" + TAG + "@marquee.test";
    private static final String ARTIST_OWNER = "artist-owner-" + TAG + "@marquee.test";

    /** The class's session on sale, at the venue VENUE_OWNER owns, of an event billing ARTIST_OWNER's artist. */
    private static long session;

    /** A session on sale at another venue. */
    private static long foreign;

    @BeforeAll
    static void hallsAndOwners() throws Exception {
        BurstArena hall = BurstArena.create(2, 10, 20, 1).open();
        session = hall.sessionIds().get(0);
        foreign = BurstArena.create(1, 4, 10, 1).open().sessionIds().get(0);
        long artist = TestCatalog.artist("Dashboard band " + TAG);
        TestDatabase.update(
                "insert into event_artist (event_id, artist_id, billing_order) values (?, ?, 0)",
                hall.eventId(),
                artist);
        TestAccounts.insertMember(
                TestAccounts.insertUser(VENUE_OWNER, TestAccounts.PASSWORD, Role.VENUE),
                "venue_person",
                "venue_id",
                hall.venueId(),
                "OWNER");
        TestAccounts.insertMember(
                TestAccounts.insertUser(ARTIST_OWNER, TestAccounts.PASSWORD, Role.ARTIST),
                "artist_person",
                "artist_id",
                artist,
                "OWNER");
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aVenueOwnerSeesTheTeamAndSessionDashboardsAndDownloadsTheAttendees() throws Exception {
        String owner = VENUE_OWNER;
        String buyer = paidOrderOfTwoSeats(session);

        try (MailServer mail = MailServer.start()) {
            for (int[] size : new int[][] {{1280, 900}, {412, 915}}) {
                try (Browser venue = loggedIn("/venue/", owner, size)) {
                    String tag = size[0] > 500 ? "desktop" : "phone";
                    venue.open("/venue/dashboard.xhtml?team=" + venueOf(session));
                    assertTrue(venue.text("#team-sessions").contains(eventOf(session)));
                    assertTrue(Long.parseLong(venue.text("#stat-sold").replaceAll("\\D", "")) >= 2);
                    assertChartDrawn(venue, "#team-sales");
                    venue.screenshot("dashboard-venue-team-" + tag);
                    scrolledScreenshot(venue, "#team-sessions", "dashboard-venue-team-sessions-" + tag);
                    scrolledScreenshot(venue, "#team-sections", "dashboard-venue-team-sections-" + tag);

                    venue.open("/venue/session.xhtml?id=" + session);
                    assertTrue(Long.parseLong(venue.text("#stat-sold").replaceAll("\\D", "")) >= 2);
                    assertFalse(venue.text("#stat-revenue").contains("–"), "a paid order: revenue shown");
                    assertChartDrawn(venue, "#session-dashboard");
                    assertFalse(venue.has("#session-checkins"), "no check-ins recorded: no check-in figures");
                    venue.screenshot("dashboard-venue-session-" + tag);
                    scrolledScreenshot(
                            venue, "#session-dashboard .mq-figures", "dashboard-venue-session-sections-" + tag);
                    scrolledScreenshot(venue, "#session-dashboard canvas", "dashboard-venue-session-chart-" + tag);

                    String href = venue.find("#attendees-csv").getAttribute("href");
                    Map<String, Object> csv = fetch(venue, href);
                    assertEquals(200L, csv.get("status"));
                    assertTrue(((String) csv.get("type")).startsWith("text/csv"), csv.toString());
                    assertTrue(((String) csv.get("disposition")).startsWith("attachment"), csv.toString());
                    String text = (String) csv.get("text");
                    assertTrue(text.startsWith("name,email,pnr,section,row,seat,ordered_at,checked_in_at\r\n"), text);
                    assertEquals(
                            2,
                            text.lines()
                                    .filter(line -> line.startsWith(buyer + ","))
                                    .count(),
                            text);

                    assertEquals(
                            404L,
                            fetch(venue, Deployments.url("/venue/attendees.xhtml?session=" + foreign))
                                    .get("status"),
                            "another venue's attendee list");
                }
            }
        }
    }

    @Test
    void anArtistOwnerSeesTheDashboardsOfSessionsFeaturingTheirArtist() throws Exception {
        String owner = ARTIST_OWNER;
        String buyer = paidOrderOfTwoSeats(session);

        try (MailServer mail = MailServer.start()) {
            for (int[] size : new int[][] {{1280, 900}, {412, 915}}) {
                try (Browser artist = loggedIn("/artist/", owner, size)) {
                    String tag = size[0] > 500 ? "desktop" : "phone";
                    if (size[0] > 500) {
                        artist.click("#nav-dashboard");
                        artist.waitForPath("/artist/dashboard.xhtml");
                    } else {
                        // On a phone the navigation is folded into the menu button.
                        artist.open("/artist/dashboard.xhtml");
                    }
                    assertTrue(artist.has("#team-sessions"));
                    artist.screenshot("dashboard-artist-team-" + tag);
                    scrolledScreenshot(artist, "#team-sections", "dashboard-artist-team-sections-" + tag);

                    artist.open("/artist/session.xhtml?id=" + session);
                    assertChartDrawn(artist, "#session-dashboard");
                    artist.screenshot("dashboard-artist-session-" + tag);
                    String text =
                            (String) fetch(artist, artist.find("#attendees-csv").getAttribute("href"))
                                    .get("text");
                    assertEquals(
                            2,
                            text.lines()
                                    .filter(line -> line.startsWith(buyer + ","))
                                    .count(),
                            text);
                }
            }
        }
    }

    @Test
    void theAdminDashboardShowsThePlatformsSales() throws Exception {
        paidOrderOfTwoSeats(session);
        try (MailServer mail = MailServer.start()) {
            for (int[] size : new int[][] {{1280, 900}, {412, 915}}) {
                try (Browser admin = new Browser(size[0], size[1])) {
                    admin.open("/admin/");
                    admin.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
                    admin.waitForPath("/admin/");
                    assertTrue(Long.parseLong(admin.text("#stat-tickets-today").replaceAll("\\D", "")) >= 2);
                    assertTrue(Long.parseLong(admin.text("#stat-on-sale").replaceAll("\\D", "")) > 0);
                    assertFalse(admin.text("#stat-revenue-today").contains("–"));
                    assertChartDrawn(admin, "#platform-sales");
                    admin.screenshot("dashboard-admin-" + (size[0] > 500 ? "desktop" : "phone"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Browser loggedIn(String panel, String email, int[] size) {
        Browser browser = new Browser(size[0], size[1]);
        browser.open(panel);
        browser.logIn(email, TestAccounts.PASSWORD);
        browser.waitForPath(panel);
        return browser;
    }

    private static void scrolledScreenshot(Browser browser, String css, String name) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector(arguments[0]).scrollIntoView(true); window.scrollBy(0, -70);", css);
        browser.screenshot(name);
    }

    /** Chart.js drew into the chart's canvas: it has a size and a chart instance. */
    private static void assertChartDrawn(Browser browser, String section) {
        browser.find(section + " canvas");
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var c = document.querySelector(arguments[0] + ' canvas');"
                                + " return !!c && c.width > 0 && c.height > 0 && !!window.Chart && !!Chart.getChart(c);",
                        section);
        assertEquals(Boolean.TRUE, drawn, "a chart drawn in " + section);
    }

    /** GETs a URL with the browser's session, as a click on a download link would. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                                + "   return r.text().then(function (t) { done({status: r.status,"
                                + "     type: r.headers.get('Content-Type') || '',"
                                + "     disposition: r.headers.get('Content-Disposition') || '', text: t}); });"
                                + " }).catch(function (e) { done({status: -1, text: String(e)}); });",
                        url);
    }

    /** A PAID order of two free seats of the session, paid now; returns its buyer's name. */
    private static String paidOrderOfTwoSeats(long session) throws Exception {
        long id = TestDatabase.count("select nextval('event_session_order_seq')");
        String buyer = "Dashboard Buyer " + id;
        String pnr = "B" + Long.toString(id % 60_000_000L, 36).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        TestDatabase.update(
                "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                        + " created_at, expire_if_not_completed_at, currency, subtotal_minor, total_minor, paid_at,"
                        + " buyer_name, buyer_email) select ?, ?, ?, ?, 'PAID', 2, 10, ?, ?, es.currency, 9000, 9000, ?,"
                        + " ?, ? from event_session es where es.id = ?",
                id,
                pnr,
                session,
                "0".repeat(64),
                Timestamp.from(now.toInstant().minusSeconds(600)),
                Timestamp.from(now.toInstant().plusSeconds(600)),
                now,
                buyer,
                "buyer-" + id + "@example.org",
                session);
        // Two seats, or two standing places where the venue has no free seats.
        int sold = TestDatabase.update(
                "update session_seat set order_id = ?, held_until = ? where session_id = ? and seat_id in"
                        + " (select ss.seat_id from session_seat ss join seat st on st.id = ss.seat_id"
                        + " where ss.session_id = ? and ss.order_id is null and not st.disabled"
                        + " order by ss.seat_id limit 2)",
                id,
                SOLD,
                session,
                session);
        if (sold < 2) {
            sold += TestDatabase.update(
                    "update session_place set order_id = ?, held_until = ? where session_id = ? and (section_id,"
                            + " place_no) in (select section_id, place_no from session_place where session_id = ?"
                            + " and order_id is null order by section_id, place_no limit ?)",
                    id,
                    SOLD,
                    session,
                    session,
                    2 - sold);
        }
        assertEquals(2, sold, "two seats or places sold to order " + id);
        return buyer;
    }

    private static long venueOf(long session) throws Exception {
        return TestDatabase.count("select venue_id from event_session where id = ?", session);
    }

    private static String eventOf(long session) throws Exception {
        return TestDatabase.string(
                "select e.title from event e join event_session es on es.event_id = e.id where es.id = ?", session);
    }
}
