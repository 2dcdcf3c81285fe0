package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Buyers in real browsers going through the checkout of sessions of their own: seats taken on the map in
 * one browser disappear from another's within a second; a standing-room order walks every step;
 * a hold that runs out sends its buyer back and gives the seats back to everyone else's map
 * without any request from the buyer; a promo code applied at the amount step lowers the payment
 * step's total, an unknown one changes nothing, and a code limited to a hidden category offers it
 * until removed; the newsletter box signs the buyer up only when ticked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutBrowserIT {

    private static final Pattern ORDER = Pattern.compile("[?&]order=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    /** A session on sale, of the test's own, at a hall of only sections of the kind given (SEATED or STANDING). */
    private static long sessionOnlyWith(String kind) throws Exception {
        BurstArena hall = "SEATED".equals(kind) ? BurstArena.seatedOnly(6, 12, 1) : BurstArena.standingOnly(200, 1);
        return hall.open().sessionIds().get(0);
    }

    private static String eventSlug(long sessionId) throws Exception {
        return TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?", sessionId);
    }

    /** From the event page through "Buy tickets", the amount and the address to the seat step; the order's id. */
    private static long walkToSeats(Browser browser, long sessionId, int tickets) throws Exception {
        startOrder(browser, sessionId);
        return amountAndAddress(browser, tickets, "ana@example.com", false);
    }

    /** From the event page through "Buy tickets" to the amount step. */
    private static void startOrder(Browser browser, long sessionId) throws Exception {
        browser.open("/events/" + eventSlug(sessionId));
        browser.click("#buy-" + sessionId);
        browser.waitForPath("/checkout/amount.xhtml");
        assertTrue(browser.text("#hold-time-left").matches("1?\\d:\\d\\d"), browser.text("#hold-time-left"));
    }

    /** From the amount step through the address (newsletter box ticked or not) to the seat step; the order's id. */
    private static long amountAndAddress(Browser browser, int tickets, String email, boolean newsletter) {
        new Select(browser.find("#amount\\:tickets")).selectByVisibleText(String.valueOf(tickets));
        browser.click("#amount\\:continue");
        browser.waitForPath("/checkout/address.xhtml");
        browser.type("#address\\:name", "Ana Silva");
        browser.type("#address\\:email", email);
        browser.type("#address\\:line", "Rua Augusta 1");
        browser.type("#address\\:postalCode", "1100-048");
        browser.type("#address\\:city", "Lisbon");
        browser.type("#address\\:country", "Portugal");
        if (newsletter) {
            browser.click("#address\\:newsletter");
        }
        browser.click("#address\\:continue");
        browser.waitForPath("/checkout/seats.xhtml");
        browser.find("#seat-step[data-live-open]");
        return orderId(browser);
    }

    private static long orderId(Browser browser) {
        Matcher m = ORDER.matcher(browser.pathAndQuery());
        assertTrue(m.find(), browser.pathAndQuery());
        return Long.parseLong(m.group(1));
    }

    private static String seatClass(Browser browser, String seatId) {
        return browser.driver()
                .findElement(By.cssSelector("#seat-map [data-seat='" + seatId + "']"))
                .getAttribute("class");
    }

    /** After a full postback: the new page's message, not the old page's. */
    private static void waitForMessage(Browser browser, String text) {
        browser.waitFor().until(ignored -> browser.text("#messages").contains(text));
    }

    private static WebDriverWait within(Browser browser, Duration time) {
        return new WebDriverWait(browser.driver(), time);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String method, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin'})"
                                + ".then(r => r.text().then(t => done({status: r.status, body: t})));",
                        path,
                        method);
    }

    @Test
    void seatsTakenOnTheMapDisappearFromAnotherBuyersMap() throws Exception {
        long sessionId = sessionOnlyWith("SEATED");
        try (Browser ana = new Browser();
                Browser ben = new Browser()) {
            long anasOrder = walkToSeats(ana, sessionId, 2);
            long bensOrder = walkToSeats(ben, sessionId, 2);

            List<WebElement> free = ana.driver().findElements(By.cssSelector("#seat-map .mq-seat-free"));
            String first = free.get(free.size() / 2).getAttribute("data-seat");
            String second = free.get(free.size() / 2 + 1).getAttribute("data-seat");
            for (String seat : List.of(first, second)) {
                ana.driver()
                        .findElement(By.cssSelector("#seat-map [data-seat='" + seat + "']"))
                        .click();
                ana.waitFor().until(ignored -> seatClass(ana, seat).contains("mq-seat-mine"));
            }
            assertEquals("2", ana.text("#held-count"));
            for (String seat : List.of(first, second)) {
                within(ben, Duration.ofSeconds(2))
                        .until(ignored -> seatClass(ben, seat).contains("mq-seat-held"));
            }
            assertEquals(
                    2,
                    TestDatabase.count(
                            "select count(*) from session_seat where session_id = ? and order_id = ?",
                            sessionId,
                            anasOrder));
            ana.screenshot("checkout-seat-map-taken");
            ben.screenshot("checkout-seat-map-other-buyer");

            // Ben clicks a seat Ana holds: refused at once, nothing changes.
            ben.driver()
                    .findElement(By.cssSelector("#seat-map [data-seat='" + first + "']"))
                    .click();
            assertTrue(ben.text("#seat-message").contains("Taken"), ben.text("#seat-message"));

            // Ana gives one back: it is free again on Ben's map.
            ana.driver()
                    .findElement(By.cssSelector("#seat-map [data-seat='" + second + "']"))
                    .click();
            within(ben, Duration.ofSeconds(2))
                    .until(ignored -> seatClass(ben, second).contains("mq-seat-free"));

            // Ana takes it again from the list view, which is built when it is first shown.
            assertEquals(
                    0,
                    ana.driver()
                            .findElements(By.cssSelector("#seat-list-items li"))
                            .size());
            ana.click("#toggle-list");
            assertFalse(ana.isDisplayed("#seat-map"), "the list replaces the map");
            assertTrue(ana.find("#seat-list-items button[data-seat='" + first + "']")
                    .getAttribute("class")
                    .contains("mq-seat-mine"));
            ana.click("#seat-list-items button[data-seat='" + second + "']");
            ana.waitFor().until(ignored -> seatClass(ana, second).contains("mq-seat-mine"));
            ana.click("#toggle-list");
            assertTrue(ana.isDisplayed("#seat-map"), "and the map comes back");

            // Someone else's order: its page and its API refuse Ben, whatever id he types.
            ben.open("/checkout/seats.xhtml?order=" + anasOrder);
            assertTrue(ben.text("#order-refused").contains("started in another browser"));
            assertFalse(ben.has("#seat-map"), "nothing of Ana's order is shown");
            Map<String, Object> stolen = fetch(ben, "PUT", "/checkout/api/orders/" + anasOrder + "/seats/" + second);
            assertEquals(403L, stolen.get("status"));
            assertTrue(String.valueOf(stolen.get("body")).contains("only be changed by its buyer"));

            // A seat of another session and a disabled seat are refused with their reason.
            ben.open("/checkout/seats.xhtml?order=" + bensOrder);
            ben.find("#seat-step[data-live-open]");
            long otherSeat = BurstArena.create(1, 4, 10, 1).open().seatIds().get(0);
            Map<String, Object> foreign =
                    fetch(ben, "PUT", "/checkout/api/orders/" + bensOrder + "/seats/" + otherSeat);
            assertEquals(422L, foreign.get("status"));
            assertTrue(String.valueOf(foreign.get("body")).contains("is not a seat of session " + sessionId));
            assertEquals(0, TestDatabase.count("select count(*) from session_seat where order_id = ?", bensOrder));

            // Continuing with fewer seats than tickets is refused with the counts.
            ben.click("#done\\:continue");
            waitForMessage(ben, "You asked for 2 tickets and hold 0");
            assertEquals("/checkout/seats.xhtml", ben.path());

            // Best available: two seats side by side, which Ana's map shows taken at once.
            new Select(ben.find("#best\\:count")).selectByVisibleText("2");
            ben.click("#best\\:take");
            waitForMessage(ben, "2 seats side by side are yours");
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(distinct st.row_label) from session_seat ss join seat st on st.id = ss.seat_id"
                                    + " where ss.order_id = ?",
                            bensOrder));
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select max(st.seat_number) - min(st.seat_number) from session_seat ss"
                                    + " join seat st on st.id = ss.seat_id where ss.order_id = ?",
                            bensOrder));
            String bestSeat =
                    TestDatabase.string("select min(seat_id)::text from session_seat where order_id = ?", bensOrder);
            assertTrue(seatClass(ben, bestSeat).contains("mq-seat-mine"));
            within(ana, Duration.ofSeconds(2))
                    .until(ignored -> seatClass(ana, bestSeat).contains("mq-seat-held"));
        }
    }

    @Test
    void aSeatTakenWhileThePagesSocketWasDownShowsTakenWhenItReconnects() throws Exception {
        long sessionId = sessionOnlyWith("SEATED");
        try (Browser ana = new Browser();
                Browser ben = new Browser()) {
            long anasOrder = walkToSeats(ana, sessionId, 2);
            // Ben's page keeps its sockets where the test can close them, as a dropped network would.
            ((ChromeDriver) ben.driver())
                    .executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument",
                            Map.of(
                                    "source",
                                    "(function () { var W = window.WebSocket; window.mqSockets = [];"
                                            + " window.WebSocket = function (u) { var s = new W(u);"
                                            + " window.mqSockets.push(s); return s; };"
                                            + " window.WebSocket.prototype = W.prototype; })();"));
            walkToSeats(ben, sessionId, 2);

            // A hold that no push announces (made straight in the database), then the connection drops.
            List<WebElement> free = ben.driver().findElements(By.cssSelector("#seat-map .mq-seat-free"));
            String seat = free.get(free.size() / 2).getAttribute("data-seat");
            assertEquals(
                    1,
                    TestDatabase.update(
                            "update session_seat set order_id = ?, held_until = now() + interval '10 minutes'"
                                    + " where session_id = ? and seat_id = ?",
                            anasOrder,
                            sessionId,
                            Long.parseLong(seat)));
            TestDatabase.update("update event_session_order set tickets = tickets + 1 where id = ?", anasOrder);
            assertTrue(seatClass(ben, seat).contains("mq-seat-free"), "nothing told the page yet");
            ((JavascriptExecutor) ben.driver()).executeScript("window.mqSockets.forEach(function (s) { s.close(); });");

            // The page connects again on its own and reads what it missed.
            within(ben, Duration.ofSeconds(10))
                    .until(ignored -> seatClass(ben, seat).contains("mq-seat-held"));
            ben.find("#seat-step[data-live-open]");
        }
    }

    @Test
    void aStandingOrderWalksEveryStepAndOthersSeeTheCountFall() throws Exception {
        long sessionId = sessionOnlyWith("STANDING");
        long sectionId = TestDatabase.count(
                "select c.id from section c join event_session s on s.venue_id = c.venue_id where s.id = ?"
                        + " order by c.sort_order, c.id limit 1",
                sessionId);
        try (Browser ana = new Browser();
                Browser ben = new Browser()) {
            long orderId = walkToSeats(ana, sessionId, 3);
            walkToSeats(ben, sessionId, 1);
            String card = "li[data-section='" + sectionId + "'] ";
            int freeBefore = Integer.parseInt(ben.text(card + ".mq-free-count"));

            new Select(ana.find(card + "select")).selectByVisibleText("3");
            ana.click(card + ".mq-take-places");
            waitForMessage(ana, "3 places are yours");
            assertEquals("3", ana.text("#held-count"));
            within(ben, Duration.ofSeconds(2))
                    .until(ignored -> ben.text(card + ".mq-free-count").equals(String.valueOf(freeBefore - 3)));

            // Beyond the order's limit: refused with the numbers, nothing taken.
            new Select(ana.find(card + "select")).selectByVisibleText("10");
            ana.click(card + ".mq-take-places");
            waitForMessage(ana, "An order holds at most 10 tickets; this one holds 3");
            assertEquals(3, TestDatabase.count("select count(*) from session_place where order_id = ?", orderId));

            ana.click("#done\\:continue");
            ana.waitForPath("/checkout/payment-method.xhtml");
            ana.driver()
                    .findElement(By.cssSelector("input[type=radio][value='PAYPAL']"))
                    .click();
            ana.click("#method\\:continue");
            ana.waitForPath("/checkout/payment.xhtml");
            assertEquals("PayPal", ana.text("#payment-method strong"));
            long price = TestDatabase.count(
                    "select coalesce((select p.price_minor from session_section_price p"
                            + " where p.session_id = ? and p.section_id = ?), c.starting_price_minor)"
                            + " from section c where c.id = ?",
                    sessionId,
                    sectionId,
                    sectionId);
            assertTrue(
                    ana.text("#order-total")
                            .replace(",", "")
                            .contains(String.format(java.util.Locale.ROOT, "%.2f", 3 * price / 100.0)),
                    ana.text("#order-total") + " for 3 x " + price);
            ana.screenshot("checkout-payment");

            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from event_session_order where id = ? and checkout_step = 'PAYMENT'"
                                    + " and requested_tickets = 3 and tickets = 3 and payment_method = 'PAYPAL'"
                                    + " and buyer_email = 'ana@example.com' and address_city = 'Lisbon'"
                                    + " and newsletter_opt_in = false",
                            orderId));

            // Leaving and coming back continues at the step reached.
            ana.open("/");
            ana.open("/checkout/?order=" + orderId);
            ana.waitForPath("/checkout/payment.xhtml");
        }
    }

    @Test
    void aHoldThatRunsOutSendsItsBuyerBackAndFreesTheSeatsForEveryone() throws Exception {
        long sessionId = sessionOnlyWith("SEATED");
        long holdMinutes = TestDatabase.count("select hold_minutes from platform_settings");
        try (Browser ana = new Browser();
                Browser ben = new Browser()) {
            walkToSeats(ben, sessionId, 1);
            long anasOrder;
            TestDatabase.update("update platform_settings set hold_minutes = 1");
            try {
                anasOrder = walkToSeats(ana, sessionId, 1);
            } finally {
                TestDatabase.update("update platform_settings set hold_minutes = ?", (int) holdMinutes);
            }
            List<WebElement> free = ana.driver().findElements(By.cssSelector("#seat-map .mq-seat-free"));
            String seat = free.get(free.size() / 3).getAttribute("data-seat");
            ana.driver()
                    .findElement(By.cssSelector("#seat-map [data-seat='" + seat + "']"))
                    .click();
            ana.waitFor().until(ignored -> seatClass(ana, seat).contains("mq-seat-mine"));
            within(ben, Duration.ofSeconds(2))
                    .until(ignored -> seatClass(ben, seat).contains("mq-seat-held"));

            // Nobody clicks anything now: the countdown runs out, the sweeper frees the seat.
            within(ana, Duration.ofSeconds(75)).until(ignored -> ana.isDisplayed("#hold-expired"));
            within(ana, Duration.ofSeconds(10)).until(ignored -> ana.path().startsWith("/events/"));
            assertTrue(ana.text("#hold-expired").contains("Your hold ran out"));
            within(ben, Duration.ofSeconds(15))
                    .until(ignored -> seatClass(ben, seat).contains("mq-seat-free"));
            assertEquals(
                    "CANCELLED", TestDatabase.string("select status from event_session_order where id = ?", anasOrder));

            // The expired order's pages say so and change nothing.
            ana.open("/checkout/seats.xhtml?order=" + anasOrder);
            assertTrue(ana.text("#order-closed").contains("CANCELLED"), ana.text("#order-closed"));
            assertFalse(ana.has("#seat-map"));
        }
    }

    @Test
    void aPromoCodeLowersThePaymentTotalAndTheNewsletterBoxSignsUpOnlyWhenTicked() throws Exception {
        long sessionId = sessionOnlyWith("STANDING");
        long sectionId = TestDatabase.count(
                "select c.id from section c join event_session s on s.venue_id = c.venue_id where s.id = ?"
                        + " order by c.sort_order, c.id limit 1",
                sessionId);
        long price = TestDatabase.count(
                "select coalesce((select p.price_minor from session_section_price p"
                        + " where p.session_id = ? and p.section_id = ?), c.starting_price_minor)"
                        + " from section c where c.id = ?",
                sessionId,
                sectionId,
                sectionId);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        String code = "WIRE-" + tag;
        TestDatabase.count(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, created_at)"
                        + " select nextval('promo_code_seq'), s.event_id, ?, 'PERCENT', 20, s.currency, now()"
                        + " from event_session s where s.id = ? returning id",
                code,
                sessionId);
        String ticked = "ticked-" + tag.toLowerCase(Locale.ROOT) + "@example.com";
        String unticked = "unticked-" + tag.toLowerCase(Locale.ROOT) + "@example.com";
        try (MailServer mail = MailServer.start();
                Browser ana = new Browser();
                Browser ben = new Browser()) {
            startOrder(ana, sessionId);
            long orderId = orderId(ana);

            // An unknown code: its message at the field, nothing applied.
            ana.type("#amount\\:promo-code", "NOPE-" + tag);
            ana.click("#amount\\:promo-apply");
            ana.waitFor()
                    .until(ignored -> ana.has("#amount\\:promo-message")
                            && ana.text("#amount\\:promo-message").contains("There is no promo code \"NOPE-" + tag));
            assertFalse(ana.has("#promo-applied"));
            assertEquals(0, TestDatabase.count("select count(*) from promo_code_use where order_id = ?", orderId));

            // The real code, typed in lower case: applied, one use held for this order.
            ana.type("#amount\\:promo-code", code.toLowerCase(Locale.ROOT));
            ana.click("#amount\\:promo-apply");
            ana.waitFor().until(ignored -> ana.has("#promo-applied"));
            assertTrue(ana.text("#promo-applied").contains(code + " applied: 20% off"), ana.text("#promo-applied"));
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from promo_code_use where order_id = ? and state = 'HELD'", orderId));

            amountAndAddress(ana, 2, ticked, true);
            // The other buyer leaves the box unticked: no subscriber, no mail.
            startOrder(ben, sessionId);
            amountAndAddress(ben, 1, unticked, false);

            String card = "li[data-section='" + sectionId + "'] ";
            new Select(ana.find(card + "select")).selectByVisibleText("2");
            ana.click(card + ".mq-take-places");
            waitForMessage(ana, "2 places are yours");
            ana.click("#done\\:continue");
            ana.waitForPath("/checkout/payment-method.xhtml");
            ana.driver()
                    .findElement(By.cssSelector("input[type=radio][value='PAYPAL']"))
                    .click();
            ana.click("#method\\:continue");
            ana.waitForPath("/checkout/payment.xhtml");
            long subtotal = 2 * price;
            long total = subtotal - subtotal * 20 / 100;
            assertTrue(
                    ana.text("#order-subtotal").replace(",", "").contains(euros(subtotal)),
                    ana.text("#order-subtotal") + " for 2 x " + price);
            assertTrue(
                    ana.text("#order-total").replace(",", "").contains(euros(total)),
                    ana.text("#order-total") + " for 2 x " + price + " less 20%");
            assertTrue(ana.text("#totals").contains(code), ana.text("#totals"));
            ana.screenshot("checkout-payment-promo");

            assertEquals(1, mail.await(ticked, 1, Duration.ofSeconds(40)).size());
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from newsletter_subscriber where email = ? and status = 'PENDING'"
                                    + " and source = 'CHECKOUT' and opted_in_at > now() - interval '10 minutes'",
                            ticked));
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from event_session_order where id = ? and newsletter_opt_in = true",
                            orderId));
            assertEquals(0, TestDatabase.count("select count(*) from newsletter_subscriber where email = ?", unticked));
            assertTrue(mail.to(unticked).isEmpty(), "no mail for the unticked box");
        }
    }

    @Test
    void aBuyerKeepsCountsAndOrderThroughRefusalsAndFindsTheOrderFromTheCheckoutsHome() throws Exception {
        long sessionId = sessionOnlyWith("STANDING");
        long sectionId = TestDatabase.count(
                "select c.id from section c join event_session s on s.venue_id = c.venue_id where s.id = ?"
                        + " order by c.sort_order, c.id limit 1",
                sessionId);
        String email = "buyer-" + Long.toString(System.nanoTime(), 36) + "@example.com";
        TestAccounts.insertUser(email, "Correct-Horse-42", org.marquee.core.identity.Role.BUYER);
        try (Browser ana = new Browser()) {
            ana.open("/login.xhtml");
            ana.logIn(email, "Correct-Horse-42");
            ana.waitFor().until(ignored -> !ana.path().endsWith("/login.xhtml"));
            startOrder(ana, sessionId);
            long orderId = orderId(ana);
            // Nothing is held yet: the countdown does not say so (item 14).
            assertTrue(
                    ana.text("#hold-countdown").startsWith("Complete this order within"), ana.text("#hold-countdown"));
            assertFalse(ana.text("#ticket-prices").isBlank(), "the price beside the count (item 9)");

            // A refused code keeps the count chosen (item 4), says how to go on, and Continue goes on (item 5).
            new Select(ana.find("#amount\\:tickets")).selectByVisibleText("2");
            ana.type("#amount\\:promo-code", "NOPE-" + orderId);
            ana.click("#amount\\:promo-apply");
            ana.waitFor().until(ignored -> ana.has("#promo-hint"));
            assertEquals(
                    "2",
                    new Select(ana.find("#amount\\:tickets"))
                            .getFirstSelectedOption()
                            .getText());
            ana.screenshot("checkout-amount-refused-code");
            ana.click("#amount\\:continue");
            ana.waitForPath("/checkout/address.xhtml");
            assertEquals(
                    2, TestDatabase.count("select requested_tickets from event_session_order where id = ?", orderId));

            // A logged-in buyer's name and email are there already (item 8).
            assertEquals(email, ana.find("#address\\:email").getAttribute("value"));
            assertTrue(ana.find("#address\\:name").getAttribute("value").startsWith("Test buyer-"));
            ana.type("#address\\:line", "Rua Augusta 1");
            ana.type("#address\\:postalCode", "1100-048");
            ana.type("#address\\:city", "Lisbon");
            ana.type("#address\\:country", "Portugal");
            ana.click("#address\\:continue");
            ana.waitForPath("/checkout/seats.xhtml");
            assertEquals("Choose your places", ana.text("#seat-step-title"), "standing only (item 14)");

            // More places than tickets: refused with the count, the address keeps the order (items 6, 10).
            String card = "li[data-section='" + sectionId + "'] ";
            new Select(ana.find(card + "select")).selectByVisibleText("3");
            ana.click(card + ".mq-take-places");
            waitForMessage(ana, "You asked for 2 tickets and hold none");
            assertEquals(orderId, orderId(ana));
            ana.driver().navigate().refresh();
            ana.waitFor().until(ignored -> ana.has("#seat-step"));
            assertFalse(ana.has("#order-refused"), "a reload still finds the order");
            new Select(ana.find(card + "select")).selectByVisibleText("2");
            ana.click(card + ".mq-take-places");
            waitForMessage(ana, "2 places are yours");
            assertEquals(orderId, orderId(ana));
            assertTrue(
                    ana.text("#hold-countdown").startsWith("Your tickets are held for"), ana.text("#hold-countdown"));

            // The checkout's home (where "Log in" comes back to) continues with this browser's order (item 7).
            ana.open("/checkout/");
            ana.waitForPath("/checkout/seats.xhtml");
            assertEquals(orderId, orderId(ana));
        }
    }

    @Test
    void onAPhoneTheFirstTapZoomsInAndTwoSeatsAreEasyToTake() throws Exception {
        long sessionId = sessionOnlyWith("SEATED");
        try (Browser phone = new Browser(390, 844)) {
            startOrder(phone, sessionId);
            phone.screenshot("checkout-phone-amount");
            long orderId = amountAndAddress(phone, 2, "phone@example.com", false);
            phone.screenshot("checkout-phone-seats");
            assertFalse(phone.text("#seat-step").contains("wheel"), "no mouse wheel on a phone");
            List<WebElement> free = phone.driver().findElements(By.cssSelector("#seat-map .mq-seat-free"));
            WebElement first = free.get(free.size() / 2);
            String firstId = first.getAttribute("data-seat");
            tap(phone, firstId);
            if (!seatClass(phone, firstId).contains("mq-seat-mine")) {
                // The first tap zoomed in: the seat is big enough now, and a second tap takes it.
                assertTrue(seatWidth(phone, firstId) >= 16, "zoomed to " + seatWidth(phone, firstId));
                tap(phone, firstId);
            }
            phone.waitFor().until(ignored -> seatClass(phone, firstId).contains("mq-seat-mine"));
            String secondId = neighbour(phone, firstId);
            tap(phone, secondId);
            phone.waitFor().until(ignored -> seatClass(phone, secondId).contains("mq-seat-mine"));
            assertEquals("2", phone.text("#held-count"));

            // A third seat for two tickets is refused (item 10).
            String thirdId = neighbour(phone, secondId);
            tap(phone, thirdId);
            phone.waitFor().until(ignored -> phone.text("#seat-message").contains("You asked for 2 tickets"));
            assertFalse(seatClass(phone, thirdId).contains("mq-seat-mine"));
            assertEquals(2, TestDatabase.count("select count(*) from session_seat where order_id = ?", orderId));
            phone.screenshot("checkout-phone-two-seats");

            // The countdown stays in view when the page scrolls (item 12).
            ((JavascriptExecutor) phone.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            Number top = (Number) ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.getElementById('hold-countdown').getBoundingClientRect().top");
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 100, "countdown at " + top);
            phone.screenshot("checkout-phone-scrolled");
        }
    }

    private static void tap(Browser browser, String seatId) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var s = document.querySelector(\"#seat-map [data-seat='\" + arguments[0] + \"']\");"
                                + "s.scrollIntoView({block: 'center'});"
                                + "s.dispatchEvent(new MouseEvent('click', {bubbles: true}));",
                        seatId);
    }

    private static double seatWidth(Browser browser, String seatId) {
        return ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.querySelector(\"#seat-map [data-seat='\" + arguments[0]"
                                        + " + \"']\").getBoundingClientRect().width",
                                seatId))
                .doubleValue();
    }

    /** A free seat of the same row beside this one. */
    private static String neighbour(Browser browser, String seatId) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var s = document.querySelector(\"#seat-map [data-seat='\" + arguments[0] + \"']\");"
                                + "var n = +s.getAttribute('data-number');"
                                + "var row = s.parentNode.querySelectorAll(\".mq-seat-free[data-row='\""
                                + " + s.getAttribute('data-row') + \"']\");"
                                + "var best = null;"
                                + "row.forEach(function (o) { var d = Math.abs(+o.getAttribute('data-number') - n);"
                                + " if (d > 0 && (best === null || d < best.d)) { best = {d: d, id: o.getAttribute('data-seat')}; } });"
                                + "return best.id;",
                        seatId));
    }

    private static String euros(long minor) {
        return String.format(Locale.ROOT, "%.2f", minor / 100.0);
    }

    @Test
    void aCodeLimitedToAHiddenCategoryShowsItAtTheAmountStepUntilItIsRemoved() throws Exception {
        long sessionId = sessionOnlyWith("STANDING");
        long sectionId = TestDatabase.count(
                "select c.id from section c join event_session s on s.venue_id = c.venue_id where s.id = ?"
                        + " order by c.sort_order, c.id limit 1",
                sessionId);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        long categoryId = TestDatabase.count(
                "insert into price_category (id, session_id, name, is_public) values (nextval('price_category_seq'),"
                        + " ?, ?, false) returning id",
                sessionId,
                "Crew " + tag);
        TestDatabase.count(
                "insert into price_category_price (price_category_id, section_id, price_minor) values (?, ?, 1000)"
                        + " returning price_minor",
                categoryId,
                sectionId);
        String code = "CREW-" + tag;
        TestDatabase.count(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, session_id,"
                        + " price_category_id, created_at) select nextval('promo_code_seq'), s.event_id, ?, 'PERCENT',"
                        + " 0, s.currency, s.id, ?, now() from event_session s where s.id = ? returning id",
                code,
                categoryId,
                sessionId);
        String hidden = ".mq-category[data-category='" + categoryId + "']";
        try (Browser ana = new Browser()) {
            startOrder(ana, sessionId);
            assertFalse(ana.has(hidden), "a hidden category is not offered without its code");
            ana.type("#amount\\:promo-code", code);
            ana.click("#amount\\:promo-apply");
            ana.waitFor().until(ignored -> ana.has("#promo-applied") && ana.has(hidden));
            assertTrue(ana.text(hidden).contains("Crew " + tag), ana.text(hidden));
            ana.click("#amount\\:promo-remove");
            ana.waitFor().until(ignored -> !ana.has("#promo-applied") && !ana.has(hidden));
            assertEquals(0, TestDatabase.count("select count(*) from promo_code_use where order_id = ?", orderId(ana)));
        }
    }

    @Test
    void aSessionNotOnSaleStartsNoOrderAndSaysWhy() throws Exception {
        // A session on sale of the test's own, whose sales start moves a day ahead.
        long notYet = BurstArena.create(1, 4, 10, 1).open().sessionIds().get(0);
        String salesStart = TestDatabase.string("select sales_start::text from event_session where id = ?", notYet);
        long orders = TestDatabase.count("select count(*) from event_session_order where session_id = ?", notYet);
        TestDatabase.update("update event_session set sales_start = now() + interval '1 day' where id = ?", notYet);
        try (Browser browser = new Browser()) {
            browser.open("/events/" + eventSlug(notYet));
            assertFalse(browser.has("#buy-" + notYet), "no button for a session that does not sell");
            // A crafted request gets the same answer as the page: not on sale yet.
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var f = document.createElement('form'); f.method = 'post';"
                                    + " f.action = '/checkout/start'; var i = document.createElement('input');"
                                    + " i.name = 'session'; i.value = arguments[0]; f.appendChild(i);"
                                    + " document.body.appendChild(f); f.submit();",
                            String.valueOf(notYet));
            browser.waitForPath("/checkout/");
            assertEquals("Tickets for this session are not on sale yet.", browser.text("#start-refused"));
        } finally {
            TestDatabase.update(
                    "update event_session set sales_start = ?::timestamptz where id = ?", salesStart, notYet);
        }
        assertEquals(
                orders, TestDatabase.count("select count(*) from event_session_order where session_id = ?", notYet));
    }
}
