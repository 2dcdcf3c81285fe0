package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A visitor browsing a programme in a real browser: the class's own, written into the database
 * before its tests (a featured event billing an artist, with two sessions at a hall of 200 seats
 * and a standing floor of 30, in a category and a city of its own), beside whatever else is on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteBrowserIT {

    private static final String TAG = "ps" + System.nanoTime();
    private static final int SEATS = 200;
    private static final int STANDING = 30;

    private static BurstArena hall;
    private static String eventSlug;
    private static String venueSlug;
    private static String venueName;
    private static String citySlug;
    private static String cityName;
    private static String categorySlug;
    private static String artistSlug;

    @BeforeAll
    static void programme() throws Exception {
        hall = BurstArena.create(10, 20, STANDING, 2);
        // A page of the artist directory and more, whatever the other classes made.
        for (int i = 1; i <= 24; i++) {
            TestCatalog.artist(String.format("Directory artist %s %02d", TAG, i));
        }
        long artist = TestCatalog.artist("Headliner " + TAG);
        TestDatabase.update(
                "insert into event_artist (event_id, artist_id, billing_order) values (?, ?, 0)",
                hall.eventId(),
                artist);
        TestDatabase.update("update event set featured = true where id = ?", hall.eventId());
        artistSlug = TestDatabase.string("select slug from artist where id = ?", artist);
        eventSlug = TestDatabase.string("select slug from event where id = ?", hall.eventId());
        venueSlug = TestDatabase.string("select slug from venue where id = ?", hall.venueId());
        venueName = TestDatabase.string("select name from venue where id = ?", hall.venueId());
        citySlug = TestDatabase.string(
                "select c.slug from city c join venue v on v.city_id = c.id where v.id = ?", hall.venueId());
        cityName = TestDatabase.string(
                "select c.name from city c join venue v on v.city_id = c.id where v.id = ?", hall.venueId());
        categorySlug = TestDatabase.string(
                "select c.slug from category c join event e on e.category_id = c.id where e.id = ?", hall.eventId());
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void theHomePageLeadsThroughACategoryToAnEventAndItsVenue() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            assertTrue(browser.has("#featured .mq-session-card"));
            assertTrue(browser.has("#upcoming .mq-session-card"));

            browser.click("#categories a[href$='/categories/" + categorySlug + "']");
            browser.waitFor().until(ignored -> browser.path().startsWith("/categories/"));
            assertTrue(browser.has(".mq-session-card"), "the category lists sessions");

            browser.click(".mq-session-card .mq-title");
            browser.waitFor().until(ignored -> browser.path().startsWith("/events/"));
            assertTrue(browser.has("#sessions li"));
            assertTrue(browser.has("#event-artists a"));
            browser.screenshot("event-page");

            browser.click("#sessions li a[href^='/venues/']");
            browser.waitFor().until(ignored -> browser.path().startsWith("/venues/"));
            assertTrue(browser.has("#floor-plan svg"));
        }
    }

    @Test
    void theTheatreFloorPlanDrawsEverySeat() {
        try (Browser browser = new Browser()) {
            browser.open("/venues/" + venueSlug);

            int seats = browser.driver()
                    .findElements(By.cssSelector("#floor-plan .mq-seat"))
                    .size();
            assertEquals(SEATS, seats);
            assertEquals("Capacity: " + (SEATS + STANDING), browser.text("#venue-capacity"));
            browser.screenshot("theatre-floor-plan");
        }
    }

    @Test
    void cityPagesAndSearchFindSessions() {
        try (Browser browser = new Browser()) {
            browser.open("/cities/" + citySlug);
            assertEquals("What's on in " + cityName, browser.text("#browse-heading"));
            assertTrue(browser.has(".mq-session-card"));

            browser.type("#q", venueName.toLowerCase(java.util.Locale.ROOT));
            browser.click(".mq-search button");
            browser.waitForPath("/search");
            assertEquals("2 sessions", browser.text("#result-count"));
            assertTrue(browser.text(".mq-session-card").contains(venueName));

            browser.type("#q", "zzzz-no-such-thing");
            browser.click(".mq-search button");
            browser.waitFor().until(ignored -> browser.text("#result-count").equals("0 sessions"));
        }
    }

    @Test
    void eventPagesCarrySchemaOrgEventsAndOpenGraphTags() {
        try (Browser browser = new Browser()) {
            browser.open("/events/" + eventSlug);

            String data = browser.driver()
                    .findElement(By.cssSelector("script[type='application/ld+json']"))
                    .getAttribute("innerHTML");
            JsonArray events = Json.createReader(new StringReader(data)).readArray();
            JsonObject first = events.getJsonObject(0);
            assertEquals("Event", first.getString("@type"));
            assertEquals(browser.text("#event-title"), first.getString("name"));
            assertFalse(first.getString("startDate").isBlank());
            assertEquals(
                    browser.text("#event-title"),
                    browser.driver()
                            .findElement(By.cssSelector("meta[property='og:title']"))
                            .getAttribute("content"));
        }
    }

    /**
     * A sold-out session says so on its event's page, with no price and no button to buy (issue
     * 12, item 3; SessionInventoryIT shows that the inventory sets SOLD_OUT).
     */
    @Test
    void aSoldOutSessionSaysSoWithoutAPriceOrABuyButton() throws Exception {
        // The class's second session, selling since a minute ago.
        long session = hall.sessionIds().get(1);
        String slug = TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?", session);
        String li = "#sessions li[data-session='" + session + "']";
        TestDatabase.update("update event_session set status = 'SOLD_OUT' where id = ?", session);
        try (Browser browser = new Browser()) {
            browser.open("/events/" + slug);
            assertEquals("Sold out", browser.text(li + " .mq-state"));
            assertFalse(browser.has(li + " .mq-price"), "no price for what cannot be bought");
            assertFalse(browser.has(li + " .mq-buy"));
        } finally {
            TestDatabase.update(
                    "update event_session set status = 'ON_SALE' where id = ? and status = 'SOLD_OUT'", session);
        }
    }

    /** Issue 12, item 17: the directories, the footer's pages in two languages, the favicon, the whole banner. */
    @Test
    void directoriesFooterPagesTheFaviconAndABannerThatKeepsItsText() throws Exception {
        for (String icon : new String[] {"/favicon.ico", "/favicon.svg"}) {
            java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.url(icon)))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), icon);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon);
        }
        try (Browser admin = AdminSteps.loggedInAdmin("/admin/")) {
            // The artist's banner: a wide picture, uploaded as an admin does.
            java.nio.file.Path banner = java.nio.file.Files.createTempFile("banner", ".png");
            java.awt.image.BufferedImage picture =
                    new java.awt.image.BufferedImage(1800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
            assertTrue(javax.imageio.ImageIO.write(picture, "png", banner.toFile()));
            admin.open(
                    "/admin/artist.xhtml?id=" + TestDatabase.count("select id from artist where slug = ?", artistSlug));
            admin.driver()
                    .findElement(By.cssSelector("#image input[type=file]"))
                    .sendKeys(banner.toString());
            admin.click("#image\\:form\\:upload");
            admin.expectText(Browser.INFO, "Picture saved.");
        }
        long artists = TestDatabase.count("select count(*) from artist");
        // The venue directory goes by name: the page the class's hall is on.
        long before = TestDatabase.count("select count(*) from venue where name < ?", venueName);
        long venuePage = before / 24 + 1;
        try (Browser browser = new Browser()) {
            browser.open("/");
            assertTrue(browser.has("head link[rel=icon][href='/favicon.svg']"));
            browser.click("#nav-artists");
            browser.waitForPath("/artists");
            assertEquals("Artists", browser.text("#directory-title"));
            assertEquals(
                    24,
                    browser.driver()
                            .findElements(By.cssSelector(".mq-directory-card"))
                            .size());
            long pages = (artists + 23) / 24;
            assertTrue(browser.text(".mq-pager").contains("Page 1 of " + pages), browser.text(".mq-pager"));
            assertFalse(browser.has("#previous-page"));
            browser.screenshot("artists-directory");
            browser.open("/artists?page=999");
            assertTrue(browser.text(".mq-pager").contains("Page " + pages + " of " + pages), "never past the last");
            assertFalse(browser.has("#next-page"));
            browser.click(".mq-directory-card .mq-title");
            browser.waitFor().until(ignored -> browser.path().startsWith("/artists/"));
            assertTrue(browser.has("#artist-name"));

            browser.open("/venues?page=" + venuePage);
            assertEquals("Venues", browser.text("#directory-title"));
            assertTrue(browser.text(".mq-directory").contains(venueName));
            assertTrue(browser.text(".mq-directory").contains(cityName));

            String[][] pagesAndTitles = {
                {"terms", "Terms of use", "Nutzungsbedingungen"},
                {"privacy", "Privacy", "Datenschutz"},
                {"refunds", "Refund policy", "Erstattungen"},
                {"contact", "Contact", "Kontakt"},
                {"faq", "Frequently asked questions", "Häufige Fragen"}
            };
            for (String[] page : pagesAndTitles) {
                browser.open("/events/" + eventSlug);
                browser.click("#footer-" + page[0]);
                browser.waitForPath("/" + page[0]);
                assertEquals(page[1], browser.text("#info-title"), page[0]);
                browser.open("/" + page[0] + "?lang=de");
                assertEquals(page[2], browser.text("#info-title"), page[0]);
                assertEquals("de", browser.find("#info").getAttribute("lang"));
            }
            browser.screenshot("faq-de");
            browser.open("/contact");
            assertTrue(browser.find("#contact-email").getAttribute("href").startsWith("mailto:"));

            // The banner shows the whole picture: drawn as wide and high as the picture is.
            browser.open("/artists/" + artistSlug);
            assertTrue(browser.has("img.mq-picture-hero"), "the artist's banner");
            browser.waitFor()
                    .withMessage("the banner is not cropped")
                    .until(
                            d -> (Boolean)
                                    ((org.openqa.selenium.JavascriptExecutor) d)
                                            .executeScript(
                                                    "var i = document.querySelector('img.mq-picture-hero');"
                                                            + " return i.complete && i.naturalWidth > 0 && getComputedStyle(i).objectFit !== 'cover'"
                                                            + " && Math.abs(i.clientWidth / i.clientHeight - i.naturalWidth / i.naturalHeight) < 0.02;"));
            browser.screenshot("artist-banner");
        }
        try (Browser phone = new Browser(412, 915)) {
            phone.open("/venues");
            phone.screenshot("venues-directory-phone");
            phone.open("/artists/" + artistSlug);
            phone.screenshot("artist-banner-phone");
            phone.open("/refunds");
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("window.scrollTo(0, document.body.scrollHeight)");
            phone.screenshot("refunds-phone");
        }
    }

    @Test
    void unknownAndMalformedAddressesAreNotFound() {
        try (Browser browser = new Browser()) {
            for (String path : new String[] {
                "/events/no-such-event",
                "/venues/no-such-venue",
                "/artists/nobody",
                "/cities/atlantis",
                "/categories/nothing",
                "/events/Not%20A%20Slug",
                "/info.xhtml?name=secrets"
            }) {
                browser.open(path);
                assertTrue(browser.has("#error-404"), path);
            }
        }
    }
}
