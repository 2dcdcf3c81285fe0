package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The door in headless Chromium (issue 15): a venue owner checks tickets on a phone-sized screen
 * by typed code, by booking code and by a QR code held up to the (fake) camera, and sees the
 * counters move; an artist owner does the same for a session featuring the artist; a door link
 * opens its own session only and stops at the next scan once revoked; and two door devices
 * without a network admit the same ticket, then sync, and the second is told it was admitted
 * twice. Each test makes its own hall and tickets ({@link DoorFixture}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorBrowserIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aVenueOwnerChecksTicketsByTypedCodeByBookingCodeAndByCamera() throws Exception {
        DoorFixture door = DoorFixture.create(3);
        DoorFixture.Ticket typed = door.tickets().get(0);
        DoorFixture.Ticket shown = door.tickets().get(1);
        DoorFixture.Ticket booked = door.tickets().get(3);
        List<String> camera = FakeCamera.showing(shown.code(), Path.of("target", "door-camera-" + shown.id() + ".y4m"));
        try (MailServer mail = MailServer.start();
                Browser phone = new Browser(412, 915, camera)) {
            phone.open("/venue/door.xhtml");
            phone.logIn(door.venueOwner(), DoorFixture.PASSWORD);
            phone.waitForPath("/venue/door.xhtml");
            phone.screenshot("door-venue-sessions-phone");
            phone.click("#door-upcoming [data-session='" + door.sessionId() + "'] a.mq-door-open");
            phone.waitForPath("/venue/door.xhtml");
            expectCounters(phone, 0, 4);
            assertEquals("Online", phone.text("#door-online"));
            phone.screenshot("door-venue-phone");

            check(phone, typed.code());
            expectResult(phone, "VALID", "VALID", typed.place(), "Ana Silva");
            phone.screenshot("door-venue-valid-phone");
            expectCounters(phone, 1, 4);
            assertEquals("1 / 3", sectionCount(phone, "Floor"));

            check(phone, typed.code());
            expectResult(phone, "ALREADY_USED", "ALREADY USED", typed.place(), "Ana Silva");
            String reason = resultText(phone, "door-result-reason");
            assertTrue(reason.contains(door.venueOwner()), "who: " + reason);
            assertTrue(reason.startsWith("Checked in "), reason);
            phone.screenshot("door-venue-already-used-phone");

            check(phone, booked.pnr());
            expectResult(phone, "VALID", "VALID", booked.place(), "Ben Okafor");
            expectCounters(phone, 2, 4);

            check(phone, door.refunded().code());
            expectResult(phone, "REFUNDED", "REFUNDED", door.refunded().place(), "Carla Mendes");
            phone.screenshot("door-venue-refunded-phone");
            String forged = typed.code().substring(0, typed.code().length() - 2)
                    + (typed.code().endsWith("AA") ? "BB" : "AA");
            check(phone, forged);
            expectResult(phone, "UNKNOWN", "NOT A VALID TICKET", "", "");

            dismiss(phone);
            phone.click("#door-camera");
            phone.waitFor()
                    .until(ignored -> phone.driver()
                                    .findElements(By.cssSelector("#door-log li[data-answer]"))
                                    .size()
                            == 6);
            expectResult(phone, "VALID", "VALID", shown.place(), "Ana Silva");
            expectCounters(phone, 3, 4);
            phone.screenshot("door-venue-camera-phone");
            assertEquals(
                    List.of("VALID", "UNKNOWN", "REFUNDED", "VALID", "ALREADY_USED", "VALID"),
                    logAnswers(phone),
                    "the scan log, newest first");
            assertEquals(
                    phone.find("#door-device").getAttribute("value"),
                    TestDatabase.string("select checked_in_device from ticket where id = ?", shown.id()));
        }
    }

    @Test
    void anArtistOwnerChecksTicketsOfASessionFeaturingTheArtist() throws Exception {
        DoorFixture door = DoorFixture.create(2);
        DoorFixture.Ticket ticket = door.tickets().get(1);
        try (MailServer mail = MailServer.start();
                Browser desk = new Browser()) {
            desk.open("/artist/door.xhtml");
            desk.logIn(door.artistOwner(), DoorFixture.PASSWORD);
            desk.waitForPath("/artist/door.xhtml");
            desk.click("#door-upcoming [data-session='" + door.sessionId() + "'] a.mq-door-open");
            expectCounters(desk, 0, 3);
            check(desk, ticket.code());
            expectResult(desk, "VALID", "VALID", ticket.place(), "Ana Silva");
            expectCounters(desk, 1, 3);
            desk.screenshot("door-artist-desktop-valid");
            dismiss(desk);
            desk.screenshot("door-artist-desktop");
            assertEquals(
                    door.artistOwner(),
                    TestDatabase.string("select checked_in_by from ticket where id = ?", ticket.id()));

            desk.open("/artist/door.xhtml?session=" + door.otherSessionId());
            assertFalse(desk.has("#error-404"), "the other session features the artist too");
            desk.open("/artist/door.xhtml?session=" + otherVenueSession(door));
            assertTrue(desk.has("#error-404"), "a session without the artist is out of scope");
        }
    }

    @Test
    void aDoorLinkOpensItsSessionOnlyAndStopsOnceRevoked() throws Exception {
        DoorFixture door = DoorFixture.create(2);
        DoorFixture.Ticket ticket = door.tickets().get(0);
        String link;
        try (MailServer mail = MailServer.start();
                Browser owner = new Browser()) {
            owner.open("/venue/door-links.xhtml?session=" + door.sessionId());
            owner.logIn(door.venueOwner(), DoorFixture.PASSWORD);
            owner.waitForPath("/venue/door-links.xhtml");
            owner.type("#create\\:label", "North door, Security Ltd");
            owner.submit("#create\\:submit");
            owner.screenshot("door-links-created");
            link = owner.find("#door-link-url").getAttribute("value");
            assertTrue(link.startsWith(Deployments.url("/door/#")), link);
            assertTrue(owner.has("#door-link-qr svg"), "the link's QR code");

            try (Browser staff = new Browser(412, 915)) {
                staff.driver().get(link);
                staff.find("#door-event");
                assertFalse(staff.driver().getCurrentUrl().contains("#"), "the secret leaves the address bar");
                expectCounters(staff, 0, 3);
                staff.type("#door-device", "North door 1");
                staff.find("#door-code").click();
                check(staff, ticket.code());
                expectResult(staff, "VALID", "VALID", ticket.place(), "Ana Silva");
                staff.screenshot("door-link-valid-phone");
                check(staff, door.otherSession().code());
                expectResult(staff, "WRONG_SESSION", "WRONG SESSION", "", "");
                dismiss(staff);
                staff.click("#door-lang-de");
                staff.expectText("#door-check", "Prüfen");
                staff.screenshot("door-link-german-phone");
                staff.click("#door-lang-en");
                staff.expectText("#door-check", "Check");
                assertEquals(
                        "door link \"North door, Security Ltd\"",
                        TestDatabase.string("select checked_in_by from ticket where id = ?", ticket.id()));

                String secret = link.substring(link.indexOf('#') + 1);
                assertEquals(200, get("/api/public/validate/sessions/" + door.sessionId() + "/counters", secret));
                assertEquals(
                        403,
                        get("/api/public/validate/sessions/" + door.otherSessionId() + "/counters", secret),
                        "the link opens its own session only");

                owner.open("/venue/door-links.xhtml?session=" + door.sessionId());
                assertTrue(owner.text("#links\\:table").contains("North door 1"), "the device that used the link");
                owner.click("[id$=':revoke']");
                owner.submit("#links\\:confirm-yes");
                owner.expectText(".mq-door-link-state", "Revoked");
                owner.screenshot("door-links-revoked");

                dismiss(staff);
                staff.type("#door-code", door.tickets().get(1).code());
                staff.click("#door-check");
                staff.waitFor().until(ignored -> staff.isDisplayed("#door-stopped"));
                assertEquals(
                        "This door link was revoked. Ask the organiser for a new one.",
                        staff.text("#door-stopped-text"));
                assertFalse(staff.isDisplayed("#door-main"));
                staff.screenshot("door-link-revoked-phone");
                assertEquals(
                        0,
                        TestDatabase.count(
                                "select count(*) from ticket where id = ? and checked_in_at is not null",
                                door.tickets().get(1).id()),
                        "the revoked link checked nothing in");
            }
        }
    }

    @Test
    void twoDevicesWithoutANetworkAdmitTheSameTicketAndTheSyncReportsIt() throws Exception {
        DoorFixture door = DoorFixture.create(3);
        DoorFixture.Ticket twice = door.tickets().get(2);
        String link;
        try (MailServer mail = MailServer.start();
                Browser owner = new Browser()) {
            owner.open("/venue/door-links.xhtml?session=" + door.sessionId());
            owner.logIn(door.venueOwner(), DoorFixture.PASSWORD);
            owner.waitForPath("/venue/door-links.xhtml");
            owner.type("#create\\:label", "Offline doors");
            owner.submit("#create\\:submit");
            link = owner.find("#door-link-url").getAttribute("value");
        }
        try (Browser north = new Browser(412, 915);
                Browser south = new Browser(412, 915)) {
            for (Browser device : List.of(north, south)) {
                device.driver().get(link);
                device.find("#door-event");
                device.waitFor()
                        .until(ignored -> device.text("#door-list-status").startsWith("Offline list: 5 tickets"));
                // The service worker keeps the page for a reload without a network.
                device.waitFor()
                        .until(ignored -> Boolean.TRUE.equals(
                                script(device, "return navigator.serviceWorker.controller != null")));
            }
            north.type("#door-device", "North door");
            north.find("#door-code").click();
            south.type("#door-device", "South door");
            south.find("#door-code").click();

            offline(north, true);
            offline(south, true);
            north.expectText("#door-online", "Offline");

            check(north, twice.code());
            expectResult(north, "VALID", "VALID", twice.place(), "Ana Silva");
            assertEquals(
                    "Admitted offline on this device; it is synced when the network is back.",
                    resultText(north, "door-result-reason"));
            north.expectText("#door-queue", "1 check-in waits to sync");
            expectCounters(north, 1, 4);
            north.screenshot("door-offline-valid-phone");
            dismiss(north);
            north.screenshot("door-offline-phone");
            check(north, twice.code());
            expectResult(north, "ALREADY_USED", "ALREADY USED", twice.place(), "Ana Silva");
            assertTrue(resultText(north, "door-result-reason").contains("North door"));
            check(north, door.refunded().code());
            expectResult(north, "REFUNDED", "REFUNDED", door.refunded().place(), "Carla Mendes");
            check(north, door.otherSession().code());
            expectResult(north, "WRONG_SESSION", "WRONG SESSION", "", "");

            check(south, twice.code());
            expectResult(south, "VALID", "VALID", twice.place(), "Ana Silva");
            south.driver().navigate().refresh();
            south.find("#door-event");
            south.expectText("#door-online", "Offline");
            south.expectText("#door-queue", "1 check-in waits to sync");
            south.screenshot("door-offline-reloaded-phone");
            assertEquals(
                    0,
                    TestDatabase.count(
                            "select count(*) from ticket where id = ? and checked_in_at is not null", twice.id()),
                    "nothing reached the server yet");

            offline(north, false);
            north.expectText("#door-queue", "Every check-in is synced");
            north.expectText("#door-online", "Online");
            assertEquals(
                    "North door", TestDatabase.string("select checked_in_device from ticket where id = ?", twice.id()));

            offline(south, false);
            south.expectText("#door-queue", "Every check-in is synced");
            south.find("#door-problems");
            String reported = south.text("#door-problem-list");
            assertTrue(reported.startsWith("Admitted twice: " + twice.place() + " (Ana Silva)"), reported);
            assertTrue(reported.contains("North door"), reported);
            assertEquals(
                    "1 ticket was admitted on two devices. See \"Reported when syncing\".", south.text("#door-banner"));
            expectCounters(south, 1, 4);
            dismiss(south);
            south.screenshot("door-offline-duplicate-phone");
            assertEquals(
                    2,
                    TestDatabase.count(
                            "select count(*) from ticket_scan where ticket_id = ? and offline = true", twice.id()),
                    "both offline check-ins are in the scan log");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void check(Browser browser, String code) {
        int before = browser.driver()
                .findElements(By.cssSelector("#door-log li[data-answer]"))
                .size();
        dismiss(browser);
        browser.type("#door-code", code);
        browser.click("#door-check");
        browser.waitFor()
                .until(ignored -> browser.driver()
                                .findElements(By.cssSelector("#door-log li[data-answer]"))
                                .size()
                        > before);
    }

    /** A doorman taps the answer away to type the next code (a refusal stays up for 6 s). */
    private static void dismiss(Browser browser) {
        if (browser.isDisplayed("#door-result")) {
            browser.driver().findElement(By.id("door-result")).click();
        }
        browser.waitFor().until(ignored -> !browser.isDisplayed("#door-result"));
    }

    /** The answer shown (it may have faded already: its text stays in the page). */
    private static void expectResult(Browser browser, String answer, String word, String place, String holder) {
        browser.waitFor()
                .until(ignored -> answer.equals(
                        browser.driver().findElement(By.id("door-result")).getAttribute("data-answer")));
        assertEquals(word, resultText(browser, "door-result-word"));
        assertEquals(place, resultText(browser, "door-result-place"));
        assertEquals(holder, resultText(browser, "door-result-holder"));
        assertEquals(answer, logAnswers(browser).get(0), "the scan log's newest line");
    }

    private static String resultText(Browser browser, String id) {
        return (String) script(browser, "return document.getElementById(arguments[0]).textContent", id);
    }

    private static List<String> logAnswers(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#door-log li[data-answer]")).stream()
                .map(item -> item.getAttribute("data-answer"))
                .toList();
    }

    private static void expectCounters(Browser browser, long checkedIn, long expected) {
        browser.waitFor().until(ignored -> {
            var total = browser.driver().findElement(By.id("door-total"));
            return String.valueOf(checkedIn).equals(total.getAttribute("data-checked"))
                    && String.valueOf(expected).equals(total.getAttribute("data-expected"));
        });
    }

    private static String sectionCount(Browser browser, String section) {
        return browser.driver().findElements(By.cssSelector("#door-sections tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(section))
                .map(row -> row.findElement(By.tagName("td")).getText())
                .findFirst()
                .orElseThrow();
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** Cuts or restores the network of the page (DevTools' network conditions, as in Chromium's own tests). */
    private static void offline(Browser browser, boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromeDriver) browser.driver()).setNetworkConditions(conditions);
        script(browser, "window.dispatchEvent(new Event(arguments[0] ? 'offline' : 'online'))", offline);
    }

    private static int get(String path, String doorToken) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .header("Door-Token", doorToken)
                .timeout(SOON)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A session of another hall, whose event does not bill the door's artist. */
    private static long otherVenueSession(DoorFixture door) throws Exception {
        long session = BurstArena.create(1, 2, 5, 1).sessionIds().get(0);
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from event_artist a join event_session s on s.event_id = a.event_id"
                                + " where s.id = ? and a.artist_id = ?",
                        session,
                        door.artistId()));
        return session;
    }
}
