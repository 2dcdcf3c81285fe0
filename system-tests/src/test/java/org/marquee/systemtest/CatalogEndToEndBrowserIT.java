package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.addCategory;
import static org.marquee.systemtest.AdminSteps.addCity;
import static org.marquee.systemtest.AdminSteps.addSeatedSection;
import static org.marquee.systemtest.AdminSteps.addSession;
import static org.marquee.systemtest.AdminSteps.addStandingSection;
import static org.marquee.systemtest.AdminSteps.count;
import static org.marquee.systemtest.AdminSteps.createArtist;
import static org.marquee.systemtest.AdminSteps.createEvent;
import static org.marquee.systemtest.AdminSteps.createVenue;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;
import static org.marquee.systemtest.AdminSteps.waitForInfo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog from end to end: an admin builds a venue with the layout tool, an artist and an
 * event with two priced sessions, and publishes it; a visitor then finds it by category, city,
 * artist and venue, sees both sessions in the venue's time zone, and the venue's floor plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogEndToEndBrowserIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void whatAnAdminPublishesVisitorsFindEverywhere() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String city = "Testville " + tag;
        String venue = "Big Top " + tag;
        String venueSlug = "big-top-" + tag;
        String artist = "Clown " + tag;
        String title = "Circus Night " + tag;
        LocalDateTime first =
                LocalDateTime.now(CHICAGO).plusDays(14).withHour(19).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime second = first.plusDays(1).withHour(15);

        String categorySlug;
        String citySlug;
        String artistSlug;
        Countries.ensureInDatabase("US");
        try (Browser browser = loggedInAdmin()) {
            categorySlug = addCategory(browser, "Circus " + tag);
            citySlug = addCity(browser, city, "United States (US)", "America/Chicago");

            long venueId = createVenue(browser, venue, venueSlug, city + ", United States", "1 Ring Road");
            addSeatedSection(browser, "Stalls", "40", 4, 10, 1200);
            addStandingSection(browser, "Pit", 150, "25");
            assertEquals(2, TestDatabase.count("select count(*) from section where venue_id = ?", venueId));
            assertEquals(40, count(browser, "#plan .mq-seat"));

            artistSlug = createArtist(browser, artist, "Juggles anything.");

            long eventId = createEvent(browser, title, "Circus " + tag, "Two hours under the big top.", artist);
            browser.click("#status\\:publish");
            waitForInfo(browser, "Published " + title + ".");

            String label = venue + ", " + city;
            addSession(browser, label, first, first.plusHours(2), Map.of("Stalls", "45", "Pit", "30"));
            browser.click("#event-link");
            browser.waitForPath("/admin/event.xhtml");
            addSession(browser, label, second, second.plusHours(2), Map.of("Stalls", "50"));
            assertEquals(2, TestDatabase.count("select count(*) from event_session where event_id = ?", eventId));
            assertEquals(
                    3,
                    TestDatabase.count(
                            "select count(*) from session_section_price p join event_session s"
                                    + " on s.id = p.session_id where s.event_id = ?",
                            eventId));
        }

        String eventSlug = TestDatabase.string("select slug from event where title = '" + title + "'");
        try (Browser visitor = new Browser()) {
            for (String page : new String[] {
                "/categories/" + categorySlug, "/cities/" + citySlug, "/artists/" + artistSlug, "/venues/" + venueSlug
            }) {
                visitor.open(page);
                assertEquals(2, count(visitor, ".mq-session-card"), page);
                assertTrue(visitor.text(".mq-cards").contains(title), page);
            }

            visitor.open("/venues/" + venueSlug);
            assertEquals(venue, visitor.text("#venue-name"));
            assertTrue(visitor.has("#floor-plan svg"));
            assertEquals(2, count(visitor, "#floor-plan .mq-section"));
            assertEquals(40, count(visitor, "#floor-plan .mq-seat"));
            assertEquals("Capacity: 190", visitor.text("#venue-capacity"));
            visitor.screenshot("end-to-end-venue");

            visitor.open("/events/" + eventSlug);
            assertEquals(title, visitor.text("#event-title"));
            assertEquals(artist, visitor.text("#event-artists"));
            assertEquals(2, count(visitor, "#sessions li"));
            String sessions = visitor.text("#sessions");
            assertTrue(sessions.contains(AdminEventsBrowserIT.SHOWN.format(first.atZone(CHICAGO))), sessions);
            assertTrue(sessions.contains(AdminEventsBrowserIT.SHOWN.format(second.atZone(CHICAGO))), sessions);
            assertTrue(sessions.contains("30.00"), "the first session's cheapest section: " + sessions);
            assertTrue(sessions.contains("25.00"), "the second one's Pit at its starting price: " + sessions);
            visitor.screenshot("end-to-end-event");
        }
    }
}
