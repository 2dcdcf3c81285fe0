package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The whole purchase with the keyboard alone (issue 17, "Accessible"): from the event page through
 * the amount, the address, a seat taken on the seat map, the payment method and PayPal to the
 * thank-you page, with Tab, arrows, Enter and Space and typing, never a click. Every control on
 * the way is reached by Tab in the page's order; a control the keyboard cannot reach fails the
 * test with its name. Each step's markup is checked on the way ({@link Markup}). The hall is the
 * test's own ({@link BurstArena}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardPurchaseBrowserIT {

    /** More Tab presses than any of our pages has stops before its main control. */
    private static final int MOST_TABS = 80;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aBuyerBuysASeatWithTheKeyboardAlone() throws Exception {
        BurstArena hall = BurstArena.create(2, 6, 10, 1);
        long session = hall.sessionIds().get(0);
        String email = "keys+" + System.nanoTime() + "@example.com";
        try (MailServer mail = MailServer.start();
                PayPalFake paypal = PayPalFake.startForServer();
                Browser browser = new Browser()) {
            browser.open("/events/"
                    + TestDatabase.string(
                            "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?",
                            session));
            tabTo(browser, "#buy-" + session);
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/amount.xhtml");
            Markup.assertSound(browser);
            // The buyer's own step: described, and not marked noindex (no crawler can open it).
            assertFalse(browser.has("meta[name=robots]"), "a step of the buyer's order");
            assertTrue(browser.has("meta[name=description]"), "a step of the buyer's order");

            tabTo(browser, "#amount\\:tickets");
            press(browser, "1");
            tabTo(browser, "#amount\\:continue");
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/address.xhtml");
            Markup.assertSound(browser);

            for (String[] field : new String[][] {
                {"name", "Kim Keys"},
                {"email", email},
                {"line", "Rua Augusta 1"},
                {"postalCode", "1100-048"},
                {"city", "Lisbon"},
                {"country", "Portugal"}
            }) {
                tabTo(browser, "#address\\:" + field[0]);
                press(browser, field[1]);
            }
            tabTo(browser, "#address\\:continue");
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/seats.xhtml");
            browser.find("#seat-step[data-live-open]");
            Markup.assertSound(browser);

            // The seat map is one stop: Tab reaches a seat, the arrows move between seats.
            tabTo(browser, "#seat-map [data-seat]");
            press(browser, Keys.ARROW_RIGHT);
            String seat = (String) script(browser, "return document.activeElement.getAttribute('data-seat')");
            press(browser, Keys.ENTER);
            browser.find("#seat-map .mq-seat-mine[data-seat='" + seat + "']");
            browser.screenshot("keyboard-seat-taken");
            tabTo(browser, "#done\\:continue");
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/payment-method.xhtml");
            Markup.assertSound(browser);

            // A radio group is one stop; the arrows choose within it.
            tabTo(browser, "input[type=radio]");
            for (int i = 0; i < 5 && !active(browser, "input[type=radio][value='PAYPAL']"); i++) {
                press(browser, Keys.ARROW_DOWN);
            }
            assertTrue(active(browser, "input[type=radio][value='PAYPAL']"), "PayPal is reached with the arrows");
            press(browser, Keys.SPACE);
            tabTo(browser, "#method\\:continue");
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/payment.xhtml");
            Markup.assertSound(browser);

            tabTo(browser, "#paypal\\:pay-paypal");
            press(browser, Keys.ENTER);
            tabTo(browser, "#paypal-approve");
            press(browser, Keys.ENTER);
            browser.waitForPath("/checkout/done.xhtml");
            Markup.assertSound(browser);
            String pnr = browser.text("#done-pnr");
            browser.screenshot("keyboard-thank-you");

            assertEquals("PAID", TestDatabase.string("select status from event_session_order where pnr = ?", pnr));
            assertEquals(
                    Long.parseLong(seat),
                    TestDatabase.count(
                            "select s.seat_id from session_seat s join event_session_order o on o.id = s.order_id"
                                    + " where o.pnr = ? and s.held_until > '9000-01-01'",
                            pnr));
            mail.await(email, 1, java.time.Duration.ofSeconds(30));
        }
        Consistency.assertConsistent(session);
    }

    /** Presses Tab until the focus is on an element the selector matches; fails when none comes. */
    private static void tabTo(Browser browser, String css) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (active(browser, css)) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError(css + " is not reached with Tab on " + browser.pathAndQuery() + " (focus on "
                + script(browser, "var e = document.activeElement; return e ? e.outerHTML.substring(0, 120) : ''")
                + ")");
    }

    private static boolean active(Browser browser, String css) {
        return Boolean.TRUE.equals(script(
                browser, "return !!document.activeElement && document.activeElement.matches(arguments[0])", css));
    }

    private static void press(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
