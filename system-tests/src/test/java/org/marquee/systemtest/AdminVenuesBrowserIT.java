package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.AdminSteps.addStandingSection;
import static org.marquee.systemtest.AdminSteps.choose;
import static org.marquee.systemtest.AdminSteps.count;
import static org.marquee.systemtest.AdminSteps.createVenue;
import static org.marquee.systemtest.AdminSteps.loggedInAdmin;
import static org.marquee.systemtest.AdminSteps.waitForInfo;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin managing venues: the lazy table, the venue form, the layout tool (standing and
 * generated seated sections, the preview, the seat editor by click and by search), the public
 * page that shows the result, refusals of bad input and of deleting what sessions use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminVenuesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    /**
     * The class's venues: a page of them and more in one city, and in a city of their own three
     * more, among them a grand theatre of 2,130 places.
     */
    private static final String TAG = "av" + System.nanoTime();

    private static final String CITY = "Venueville " + TAG;
    private static final String CITY_LABEL = CITY + ", Germany";
    private static final String THEATRE = "Grand Theatre " + TAG;
    private static long theatre;

    @BeforeAll
    static void venues() throws Exception {
        long elsewhere = TestCatalog.city("Elsewhere " + TAG);
        for (int i = 1; i <= 21; i++) {
            TestCatalog.venue(String.format("Hall %s %02d", TAG, i), elsewhere);
        }
        long city = TestCatalog.city(CITY);
        theatre = TestCatalog.venue(THEATRE, city);
        TestCatalog.standingSection(theatre, "Stalls", 2000);
        TestCatalog.standingSection(theatre, "Balcony", 130);
        TestCatalog.venue("Small Stage " + TAG, city);
        TestCatalog.venue("Cellar " + TAG, city);
    }

    @Test
    void theTableFiltersByCityAndShowsCapacityAndSections() throws Exception {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/venues.xhtml");
            assertEquals(20, rows(browser), "the first page of more than 20 venues");

            browser.type("#venues\\:table\\:city\\:filter", CITY.toLowerCase(java.util.Locale.ROOT));
            browser.waitFor().until(d -> rows(browser) < 20);
            long inCity = TestDatabase.count(
                    "select count(*) from venue v join city c on c.id = v.city_id where c.name = ?", CITY);
            assertEquals(3, inCity);
            assertEquals(inCity, rows(browser));
            String table = browser.text("#venues\\:table_data");
            assertTrue(table.contains(THEATRE));
            assertTrue(table.contains("2,130"), "the theatre's capacity: " + table);
            browser.screenshot("admin-venues-berlin");
        }
    }

    @Test
    void aVenueIsLaidOutWithSectionsAndSeatFlagsAndShownPublicly() throws Exception {
        String name = "Test Hall " + System.nanoTime();
        String slug = "test-hall-" + System.nanoTime();
        try (Browser browser = loggedInAdmin()) {
            long venueId = createVenue(browser, name, slug, CITY_LABEL, "Teststraße 1, Berlin");

            addStandingSection(browser, "Floor", 500, "20");

            browser.type("#seated\\:name", "Stalls");
            browser.type("#seated\\:price", "35.50");
            browser.type("#seated\\:rows", "5");
            browser.type("#seated\\:seatsPerRow", "10");
            browser.type("#seated\\:frontRowRadius", "1500");
            // Issue 12, item 23: the numbering menu does not cover the first seat number beside it.
            List<Number> menu = browser.box("#seated\\:numbering");
            List<Number> firstNumber = browser.box("#seated\\:firstNumber");
            assertTrue(
                    menu.get(2).doubleValue() <= firstNumber.get(0).doubleValue()
                            || menu.get(3).doubleValue() <= firstNumber.get(1).doubleValue(),
                    "numbering menu clear of the first seat field: " + menu + " " + firstNumber);
            browser.click("#seated\\:preview");
            browser.waitFor().until(d -> count(browser, "#preview-plan .mq-seat") == 50);
            assertEquals(0, count(browser, "#plan .mq-seat"), "the preview is not the plan");
            assertEquals(1, TestDatabase.count("select count(*) from section where venue_id = ?", venueId));

            browser.click("#seated\\:add");
            waitForInfo(browser, "Saved Stalls.");
            assertEquals(50, count(browser, "#plan .mq-seat"));
            assertEquals("Capacity: 550", browser.text("#layout-capacity"));
            assertEquals(50, seats(venueId, "true"));
            assertEquals(
                    3550,
                    TestDatabase.count(
                            "select starting_price_minor from section where name = 'Stalls'" + " and venue_id = ?",
                            venueId));
            browser.screenshot("admin-venue-layout");

            // A seat picked on the plan...
            browser.click("#plan .mq-seat[data-row='A'][data-number='1']");
            browser.waitFor().until(d -> browser.text("#seat-name").equals("Row A, seat 1 in Stalls"));
            browser.click("#seat-form\\:disabled .ui-chkbox-box");
            browser.click("#seat-form\\:saveSeat");
            browser.waitFor().until(d -> count(browser, "#plan .mq-seat-disabled") == 1);
            assertTrue(browser.has("#plan .mq-seat-disabled[data-row='A'][data-number='1']"));

            // ...and one found by row and number, as a keyboard user would.
            browser.type("#seat-form\\:findRow", "B");
            browser.type("#seat-form\\:findNumber", "3");
            browser.click("#seat-form\\:find");
            browser.waitFor().until(d -> browser.text("#seat-name").equals("Row B, seat 3 in Stalls"));
            browser.click("#seat-form\\:wheelchair .ui-chkbox-box");
            browser.click("#seat-form\\:saveSeat");
            browser.waitFor().until(d -> count(browser, "#plan .mq-seat-wheelchair") == 1);
            assertTrue(browser.has("#plan .mq-seat-wheelchair[data-row='B'][data-number='3']"));
            browser.waitFor().until(d -> browser.text("#layout-capacity").equals("Capacity: 549"));

            assertEquals(1, seats(venueId, "disabled"));
            assertEquals(1, seats(venueId, "disabled and row_label = 'A' and seat_number = 1"));
            assertEquals(1, seats(venueId, "wheelchair and row_label = 'B' and seat_number = 3 and not disabled"));
            assertEquals(
                    49,
                    TestDatabase.count("select capacity from section where name = 'Stalls' and venue_id = ?", venueId));
            browser.screenshot("admin-venue-seat-flags");

            browser.open("/venues/" + slug);
            assertEquals(name, browser.text("#venue-name"));
            assertEquals(50, count(browser, "#floor-plan .mq-seat"));
            assertEquals(1, count(browser, "#floor-plan .mq-seat-disabled"));
            assertEquals(1, count(browser, "#floor-plan .mq-seat-wheelchair"));
            assertEquals(2, count(browser, "#floor-plan .mq-section"));
            assertEquals("Capacity: 549", browser.text("#venue-capacity"));

            browser.open("/admin/venue-layout.xhtml?id=" + venueId);
            browser.click("#sections\\:table\\:0\\:delete");
            browser.click(".ui-confirmdialog-yes");
            waitForInfo(browser, "Deleted Floor.");
            assertEquals(1, TestDatabase.count("select count(*) from section where venue_id = ?", venueId));

            browser.open("/admin/venue.xhtml?id=" + venueId);
            assertEquals("No session uses this venue yet.", browser.text("#venue-sessions"));
            assertTrue(browser.text("#history").contains("seat A1 in Stalls disabled"));
            assertTrue(browser.text("#history").contains(TestAccounts.admin()), "the audit names the admin");
            browser.click("#venue\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForPath("/admin/venues.xhtml");
            browser.expectText(Browser.INFO, "Deleted " + name + ".");
            assertEquals(0, TestDatabase.count("select count(*) from venue where id = ?", venueId));
            assertEquals(0, seats(venueId, "true"));
        }
    }

    @Test
    void badNumbersAndATakenSlugGetMessagesAndSaveNothing() throws Exception {
        long venues = TestDatabase.count("select count(*) from venue");
        long venueId = theatre;
        String theatreSlug = TestCatalog.slug(THEATRE);
        long sections = TestDatabase.count("select count(*) from section");
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/venue.xhtml");
            browser.click("#venue\\:save");
            assertEquals(
                    "A venue needs a name.",
                    browser.text("#venue\\:name + .ui-message-error .ui-message-error-detail"));

            browser.type("#venue\\:name", "Another Grand Theatre");
            browser.type("#venue\\:slug", theatreSlug);
            choose(browser, "#venue\\:city", CITY_LABEL);
            browser.type("#venue\\:address", "Somewhere 2");
            browser.click("#venue\\:save");
            assertEquals(
                    "The address name \u201c" + theatreSlug + "\u201d is taken. Choose another.",
                    browser.text(Browser.ERROR));

            browser.open("/admin/venue-layout.xhtml?id=" + venueId);
            browser.type("#standing\\:name", "Bad floor");
            browser.type("#standing\\:capacity", "-5");
            browser.type("#standing\\:price", "-1");
            browser.click("#standing\\:add");
            browser.waitFor()
                    .until(d -> messages(browser, "#standing").contains("Enter a capacity from 1 to 200,000."));
            assertTrue(messages(browser, "#standing").contains("Enter a price of 0 or more, such as 25.00."));

            browser.type("#seated\\:name", "Bad block");
            browser.type("#seated\\:price", "10");
            browser.type("#seated\\:rows", "0");
            browser.click("#seated\\:add");
            browser.waitFor().until(d -> messages(browser, "#seated").contains("Enter 1 to 200 rows."));

            browser.type("#seated\\:rows", "200");
            browser.type("#seated\\:seatsPerRow", "500");
            browser.click("#seated\\:preview");
            browser.waitFor().until(d -> messages(browser, "#seated")
                    .contains("These rows make 100,000 seats; a section holds at most 5,000."));
            assertTrue(
                    browser.text("#seated\\:seatsPerRow ~ .ui-message-error").contains("100,000"),
                    "the refusal stands at the seat counts");

            browser.type("#seated\\:rows", "5");
            browser.type("#seated\\:seatsPerRow", "10");
            browser.type("#seated\\:seatSpacing", "10");
            browser.click("#seated\\:add");
            browser.waitFor().until(d -> browser.has(Browser.ERROR));
            assertTrue(browser.text(Browser.ERROR).contains("seat spacing must be at least the seat width"));
        }
        assertEquals(venues, TestDatabase.count("select count(*) from venue"));
        assertEquals(sections, TestDatabase.count("select count(*) from section"));
    }

    @Test
    void aVenueAndASectionThatSessionsUseCannotBeDeleted() throws Exception {
        long venueId = BurstArena.create(2, 4, 10, 3).venueId();
        long sessions = TestDatabase.count("select count(*) from event_session where venue_id = ?", venueId);
        String name = TestDatabase.string("select name from venue where id = " + venueId);
        long sections = TestDatabase.count("select count(*) from section where venue_id = ?", venueId);
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/venue.xhtml?id=" + venueId);
            assertEquals(sessions + " sessions use this venue.", browser.text("#venue-sessions"));
            browser.click("#venue\\:delete");
            browser.click(".ui-confirmdialog-yes");
            assertEquals(name + " cannot be deleted: " + sessions + " sessions use it.", browser.text(Browser.ERROR));

            browser.open("/admin/venue-layout.xhtml?id=" + venueId);
            String section = TestDatabase.string(
                    "select name from section where venue_id = " + venueId + " order by sort_order, name limit 1");
            browser.click("#sections\\:table\\:0\\:delete");
            browser.click(".ui-confirmdialog-yes");
            browser.waitFor().until(d -> browser.has(Browser.ERROR));
            assertEquals(
                    section + " cannot be deleted: " + sessions + " sessions use it.", browser.text(Browser.ERROR));
        }
        assertEquals(1, TestDatabase.count("select count(*) from venue where id = ?", venueId));
        assertEquals(sections, TestDatabase.count("select count(*) from section where venue_id = ?", venueId));
    }

    @Test
    void anUnknownVenueIsNotFound() {
        try (Browser browser = loggedInAdmin()) {
            browser.open("/admin/venue.xhtml?id=999999999");
            assertTrue(browser.has("#error-404"));
            browser.open("/admin/venue-layout.xhtml?id=999999999");
            assertTrue(browser.has("#error-404"));
        }
    }

    private static String messages(Browser browser, String form) {
        List<WebElement> shown = browser.driver().findElements(By.cssSelector(form + " .ui-message-error-detail"));
        return String.join("\n", shown.stream().map(WebElement::getText).toList());
    }

    private static long seats(long venueId, String condition) throws Exception {
        return TestDatabase.count(
                "select count(*) from seat s join section c on c.id = s.section_id where c.venue_id = ? and "
                        + condition,
                venueId);
    }

    private static int rows(Browser browser) {
        return count(browser, "#venues\\:table_data > tr[data-ri]");
    }
}
