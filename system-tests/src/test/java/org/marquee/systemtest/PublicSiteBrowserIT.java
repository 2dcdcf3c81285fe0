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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A visitor browsing the demo programme in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteBrowserIT {

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

            browser.click("#categories a");
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
            browser.open("/venues/grand-theatre-berlin");

            int seats = browser.driver()
                    .findElements(By.cssSelector("#floor-plan .mq-seat"))
                    .size();
            assertEquals(2130, seats);
            assertEquals("Capacity: 2,130", browser.text("#venue-capacity"));
            browser.screenshot("theatre-floor-plan");
        }
    }

    @Test
    void cityPagesAndSearchFindSessions() {
        try (Browser browser = new Browser()) {
            browser.open("/cities/berlin-de");
            assertEquals("What's on in Berlin", browser.text("#browse-heading"));
            assertTrue(browser.has(".mq-session-card"));

            browser.type("#q", "grand theatre");
            browser.click(".mq-search button");
            browser.waitForPath("/search");
            assertTrue(browser.text("#result-count").matches("\\d[\\d,]* sessions"));
            assertTrue(browser.text(".mq-session-card").contains("Grand Theatre"));

            browser.type("#q", "zzzz-no-such-thing");
            browser.click(".mq-search button");
            browser.waitFor().until(ignored -> browser.text("#result-count").equals("0 sessions"));
        }
    }

    @Test
    void eventPagesCarrySchemaOrgEventsAndOpenGraphTags() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.click("#upcoming .mq-session-card .mq-title");

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
        long session = TestDatabase.count("select min(s.id) from event_session s join event e on e.id = s.event_id"
                + " where s.status = 'ON_SALE' and e.status = 'PUBLISHED' and s.sales_start < now()"
                + " and s.sales_end > now()");
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
        long artists = TestDatabase.count("select count(*) from artist");
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

            browser.open("/venues");
            assertEquals("Venues", browser.text("#directory-title"));
            assertTrue(browser.text(".mq-directory").contains("Grand Theatre Berlin"));
            assertTrue(browser.text(".mq-directory").contains("Berlin"));

            String[][] pagesAndTitles = {
                {"terms", "Terms of use", "Nutzungsbedingungen"},
                {"privacy", "Privacy", "Datenschutz"},
                {"refunds", "Refund policy", "Erstattungen"},
                {"contact", "Contact", "Kontakt"},
                {"faq", "Frequently asked questions", "Häufige Fragen"}
            };
            for (String[] page : pagesAndTitles) {
                browser.open(
                        "/events/" + TestDatabase.string("select slug from event where status = 'PUBLISHED' limit 1"));
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
            browser.open("/artists/the-paper-engines");
            if (browser.has("img.mq-picture-hero")) {
                Object uncropped = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var i = document.querySelector('img.mq-picture-hero');"
                                        + " return i.complete && i.naturalWidth > 0 && getComputedStyle(i).objectFit !== 'cover'"
                                        + " && Math.abs(i.clientWidth / i.clientHeight - i.naturalWidth / i.naturalHeight) < 0.02;");
                assertTrue((Boolean) uncropped, "the banner is not cropped");
            }
            browser.screenshot("artist-banner");
        }
        try (Browser phone = new Browser(412, 915)) {
            phone.open("/venues");
            phone.screenshot("venues-directory-phone");
            phone.open("/artists/the-paper-engines");
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
