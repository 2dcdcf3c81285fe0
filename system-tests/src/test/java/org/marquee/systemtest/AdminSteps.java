package org.marquee.systemtest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Steps of the admin panel that several browser tests take: logging in, picking from PrimeFaces
 * menus, reading messages, and creating what a test needs through the forms as an admin would.
 */
final class AdminSteps {

    static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AdminSteps() {}

    /** A fresh browser with the tests' admin ({@link TestAccounts#admin}) logged in, on the dashboard. */
    static Browser loggedInAdmin() {
        return loggedInAdmin("/admin/");
    }

    /** A fresh browser with the tests' admin logged in, on the page asked for (a path without query). */
    static Browser loggedInAdmin(String page) {
        Browser browser = new Browser();
        browser.open(page);
        browser.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
        browser.waitForPath(page);
        return browser;
    }

    /**
     * Picks the item with this label from a PrimeFaces selectOneMenu. Its items exist only once
     * the menu is open, and an ajax update may replace the menu meanwhile: open it when it is
     * closed, click the item, and try again until the menu shows the label.
     */
    static void choose(Browser browser, String menu, String label) {
        browser.waitFor().until(d -> {
            try {
                if (d.findElement(By.cssSelector(menu + "_label")).getText().equals(label)) {
                    return true;
                }
                List<WebElement> panel = d.findElements(By.cssSelector(menu + "_panel"));
                if (panel.isEmpty() || !panel.get(0).isDisplayed()) {
                    d.findElement(By.cssSelector(menu)).click();
                }
                WebElement item = d.findElement(By.cssSelector(menu + "_items li[data-label=\"" + label + "\"]"));
                if (item.isDisplayed()) {
                    item.click();
                }
                return d.findElement(By.cssSelector(menu + "_label")).getText().equals(label);
            } catch (StaleElementReferenceException | NoSuchElementException | ElementNotInteractableException e) {
                // replaced, not there yet, or covered by the opening panel: try again
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium's word for an element an Ajax update replaced between finding and
                // reading it ("Node with given id does not belong to the document"): try again
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion with this label. */
    static void complete(Browser browser, String input, String typed, String label) {
        browser.type(input, typed);
        browser.waitFor().until(d -> {
            try {
                for (WebElement item : d.findElements(By.cssSelector(".ui-autocomplete-panel li[data-item-label]"))) {
                    if (item.isDisplayed() && label.equals(item.getAttribute("data-item-label"))) {
                        item.click();
                        return true;
                    }
                }
                return false;
            } catch (StaleElementReferenceException | ElementNotInteractableException e) {
                return false;
            }
        });
    }

    static void waitForInfo(Browser browser, String text) {
        browser.waitFor()
                .until(d ->
                        browser.has(Browser.INFO) && browser.text(Browser.INFO).equals(text));
    }

    static void waitForError(Browser browser, String text) {
        browser.waitFor()
                .until(d -> browser.has(Browser.ERROR)
                        && browser.text(Browser.ERROR).equals(text));
    }

    /**
     * The message shown at one input (a CSS selector, such as {@code #session\\:endsAt_input}):
     * the one in the input's own field or table cell, or "" when there is none.
     */
    static String messageAt(Browser browser, String input) {
        try {
            WebElement element = browser.driver().findElement(By.cssSelector(input));
            List<WebElement> shown = element.findElements(By.xpath(
                    "./ancestor::*[self::td or (self::div and contains(concat(' ', @class, ' '), ' mq-field '))][1]"
                            + "//*[contains(@class, 'ui-message-error-detail')]"));
            return String.join("\n", shown.stream().map(WebElement::getText).toList());
        } catch (NoSuchElementException | StaleElementReferenceException e) {
            return "";
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium's word for an element an Ajax update replaced while it was read (see choose):
            // nothing is shown yet, the wait reads again.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /** Waits until the input's own message reads this text. */
    static void waitForMessageAt(Browser browser, String input, String text) {
        browser.waitFor()
                .withMessage(() -> "at " + input + ": \"" + messageAt(browser, input) + "\"; on the page: "
                        + String.join(
                                " | ",
                                browser
                                        .driver()
                                        .findElements(
                                                By.cssSelector(".ui-message-error-detail, .ui-messages-error-summary"))
                                        .stream()
                                        .map(WebElement::getText)
                                        .toList()))
                .until(d -> messageAt(browser, input).equals(text));
    }

    static int count(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    /** Adds a category on the categories page; answers its slug. */
    static String addCategory(Browser browser, String name) throws Exception {
        browser.open("/admin/categories.xhtml");
        browser.type("#add\\:name", name);
        browser.click("#add\\:save");
        waitForInfo(browser, "Saved " + name + ".");
        return TestDatabase.string("select slug from category where name = '" + name + "'");
    }

    /** Adds a city of an existing country (its menu label, such as "Germany (DE)"); answers its slug. */
    static String addCity(Browser browser, String name, String country, String timeZone) throws Exception {
        browser.open("/admin/city.xhtml");
        browser.type("#city\\:name", name);
        choose(browser, "#city\\:country", country);
        browser.type("#city\\:timeZone_input", timeZone);
        browser.click("#city\\:save");
        waitForInfo(browser, "Saved " + name + ".");
        return TestDatabase.string("select slug from city where name = '" + name + "'");
    }

    /** Creates a venue (its city as the menu shows it, such as "Berlin, Germany"); ends on its layout page. */
    static long createVenue(Browser browser, String name, String slug, String city, String address) throws Exception {
        browser.open("/admin/venue.xhtml");
        browser.type("#venue\\:name", name);
        browser.type("#venue\\:slug", slug);
        choose(browser, "#venue\\:city", city);
        browser.type("#venue\\:address", address);
        browser.click("#venue\\:save");
        browser.waitForPath("/admin/venue-layout.xhtml");
        waitForInfo(browser, "Saved " + name + ".");
        return TestDatabase.count("select id from venue where slug = ?", slug);
    }

    /** On a venue's layout page: adds a standing section. */
    static void addStandingSection(Browser browser, String name, int capacity, String price) {
        browser.type("#standing\\:name", name);
        browser.type("#standing\\:capacity", String.valueOf(capacity));
        browser.type("#standing\\:price", price);
        browser.click("#standing\\:add");
        waitForInfo(browser, "Saved " + name + ".");
    }

    /** On a venue's layout page: generates a seated section of rows by seats, curved by the radius (0: straight). */
    static void addSeatedSection(
            Browser browser, String name, String price, int rows, int seatsPerRow, int frontRowRadius) {
        browser.type("#seated\\:name", name);
        browser.type("#seated\\:price", price);
        browser.type("#seated\\:rows", String.valueOf(rows));
        browser.type("#seated\\:seatsPerRow", String.valueOf(seatsPerRow));
        browser.type("#seated\\:frontRowRadius", String.valueOf(frontRowRadius));
        browser.click("#seated\\:add");
        waitForInfo(browser, "Saved " + name + ".");
    }

    /** Creates an artist; answers its slug. */
    static String createArtist(Browser browser, String name, String bio) throws Exception {
        browser.open("/admin/artist.xhtml");
        browser.type("#artist\\:name", name);
        browser.type("#artist\\:bio", bio);
        browser.click("#artist\\:save");
        waitForInfo(browser, "Saved " + name + ".");
        return TestDatabase.string("select slug from artist where name = '" + name + "'");
    }

    /** Creates a draft event billing the artists (each found by typing its name); ends on its page, answers its id. */
    static long createEvent(Browser browser, String title, String category, String description, String... artists)
            throws Exception {
        browser.open("/admin/event.xhtml");
        browser.type("#event\\:title", title);
        choose(browser, "#event\\:category", category);
        for (String artist : artists) {
            complete(browser, "#event\\:artists_input", artist, artist);
        }
        browser.type("#event\\:description", description);
        browser.click("#event\\:save");
        waitForInfo(browser, "Saved " + title + ".");
        return TestDatabase.count("select id from event where title = ?", title);
    }

    /**
     * On an event's page: adds a session at the venue (its menu label, "Hall, City"), times as the
     * venue's clocks show them, with prices per section named; ends on the session's page and
     * answers its id.
     */
    static long addSession(
            Browser browser, String venue, LocalDateTime start, LocalDateTime end, Map<String, String> prices)
            throws Exception {
        browser.click("#add-session");
        browser.waitForPath("/admin/session.xhtml");
        fillSession(browser, venue, start, end, prices);
        browser.click("#session\\:save");
        browser.waitFor().until(d -> browser.pathAndQuery().matches("/admin/session\\.xhtml\\?id=\\d+"));
        return Long.parseLong(browser.pathAndQuery().replaceAll(".*id=", ""));
    }

    /** Fills the session form: venue, start and end; the named sections' prices. */
    static void fillSession(
            Browser browser, String venue, LocalDateTime start, LocalDateTime end, Map<String, String> prices) {
        choose(browser, "#session\\:venue", venue);
        browser.waitFor().until(d -> browser.text("#session\\:zone").startsWith("Times are in the venue"));
        typeTime(browser, "session:startsAt", start);
        typeTime(browser, "session:endsAt", end);
        prices.forEach((section, price) -> browser.type(sectionPrice("#session", section), price));
    }

    /** The price input of the section in a session or price category form. */
    static String sectionPrice(String form, String section) {
        return form + " tr[data-section=\"" + section + "\"] input";
    }

    /**
     * Types a moment into a date picker (the component's id), or empties it for null, and leaves
     * the field, checking that the picker kept what was typed.
     */
    static void typeTime(Browser browser, String pickerId, LocalDateTime time) {
        String css = "#" + pickerId.replace(":", "\\:") + "_input";
        String text = time == null ? "" : TYPED_TIME.format(time);
        browser.waitFor().withMessage(() -> css + " did not keep " + text).until(d -> {
            WebElement input = browser.find(css);
            input.clear();
            input.sendKeys(text + Keys.TAB);
            return text.equals(browser.find(css).getAttribute("value"));
        });
    }
}
