package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Buying for real, in headless Chromium, against the loopback fakes of Stripe (its Stripe.js and
 * 3-D Secure challenge included) and PayPal (its approval page): two reserved seats by card with
 * a 3-D Secure challenge, and a standing place with PayPal; each buyer sees the thank-you page and
 * gets the "order placed" email, and another buyer's seat map shows the seats sold. The hall is
 * this test's own ({@link BurstArena}), not the demo's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void twoSeatsByCardWithThreeDSecureAndAStandingPlaceWithPayPal() throws Exception {
        BurstArena hall = BurstArena.create(3, 8, 20, 1);
        long session = hall.sessionIds().get(0);
        long first = hall.seatIds().get(3);
        long second = hall.seatIds().get(4);
        String ana = "ana+" + System.nanoTime() + "@example.com";
        String ben = "ben+" + System.nanoTime() + "@example.com";
        try (MailServer mail = MailServer.start();
                StripeFake stripe = StripeFake.startForServer();
                PayPalFake paypal = PayPalFake.startForServer();
                Browser anaBrowser = new Browser();
                Browser benBrowser = new Browser(390, 844)) {
            // Ana: two seats by card; her bank asks for 3-D Secure.
            toSeats(anaBrowser, session, 2, "Ana Silva", ana);
            for (long seat : List.of(first, second)) {
                anaBrowser.takeSeat(seat);
            }
            chooseMethod(anaBrowser, "CARD");
            anaBrowser.expectText("#order-total", anaBrowser.text("#order-subtotal"), "no code, no fee set: the total");
            anaBrowser.find("#payment-items li");
            anaBrowser.screenshot("payment-card");
            anaBrowser.type("#fake-card-number", "4000 0027 6000 3184");
            anaBrowser.type("#fake-card-expiry", "12 / 34");
            anaBrowser.type("#fake-card-cvc", "123");
            anaBrowser.click("#pay-card");
            anaBrowser.click("#fake-3ds-complete");
            anaBrowser.waitForPath("/checkout/done.xhtml");
            String anaPnr = anaBrowser.text("#done-pnr");
            assertEquals(
                    2,
                    anaBrowser
                            .driver()
                            .findElements(By.cssSelector("#done-items li"))
                            .size());
            anaBrowser.screenshot("payment-thank-you");
            assertEquals("PAID", TestDatabase.string("select status from event_session_order where pnr = ?", anaPnr));

            // Ben, on a phone: a standing place with PayPal; Ana's seats are sold on his map.
            toSeats(benBrowser, session, 1, "Ben Okafor", ben);
            for (long seat : List.of(first, second)) {
                benBrowser.find("#seat-map .mq-seat-sold[data-seat='" + seat + "']");
            }
            benBrowser.screenshot("payment-seats-sold");
            String card = "li[data-section='" + hall.standingSectionId() + "'] ";
            new Select(benBrowser.find(card + "select")).selectByVisibleText("1");
            benBrowser.click(card + ".mq-take-places");
            benBrowser.find(card + ".mq-held");
            chooseMethod(benBrowser, "PAYPAL");
            benBrowser.screenshot("payment-paypal");
            benBrowser.click("#paypal\\:pay-paypal");
            benBrowser.click("#paypal-approve");
            benBrowser.waitForPath("/checkout/done.xhtml");
            String benPnr = benBrowser.text("#done-pnr");
            benBrowser.screenshot("payment-thank-you-phone");

            // Coming back shows the thank-you page again, never a second payment.
            anaBrowser.open("/checkout/payment.xhtml?order="
                    + TestDatabase.count("select id from event_session_order where pnr = ?", anaPnr));
            anaBrowser.waitForPath("/checkout/done.xhtml");

            for (String[] buyer : new String[][] {{ana, anaPnr}, {ben, benPnr}}) {
                MimeMessage placed = mail.await(buyer[0], 1, ARRIVAL).get(0);
                assertTrue(placed.getSubject().contains(buyer[1]), placed.getSubject());
                assertTrue(MailServer.text(placed).contains(buyer[1]), MailServer.text(placed));
            }
            assertEquals(
                    1,
                    paypal.captures().stream()
                            .filter(c -> paypal.orders().stream().anyMatch(o -> o.id().equals(c.orderId())))
                            .count());
            assertEquals(
                    3,
                    TestDatabase.count(
                            "select (select count(*) from session_seat where session_id = ? and held_until > '9000-01-01')"
                                    + " + (select count(*) from session_place where session_id = ?"
                                    + " and held_until > '9000-01-01')",
                            session,
                            session),
                    "two seats and a place sold, nothing else");
        }
        Consistency.assertConsistent(session);
    }

    /** From the event page through the amount and the address to the seat step. */
    private static void toSeats(Browser browser, long session, int tickets, String name, String email)
            throws Exception {
        browser.open("/events/"
                + TestDatabase.string(
                        "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?",
                        session));
        browser.click("#buy-" + session);
        browser.waitForPath("/checkout/amount.xhtml");
        new Select(browser.find("#amount\\:tickets")).selectByVisibleText(String.valueOf(tickets));
        browser.click("#amount\\:continue");
        browser.waitForPath("/checkout/address.xhtml");
        browser.type("#address\\:name", name);
        browser.type("#address\\:email", email);
        browser.type("#address\\:line", "Rua Augusta 1");
        browser.type("#address\\:postalCode", "1100-048");
        browser.type("#address\\:city", "Lisbon");
        browser.type("#address\\:country", "Portugal");
        browser.click("#address\\:continue");
        browser.waitForPath("/checkout/seats.xhtml");
        browser.find("#seat-step[data-live-open]");
    }

    private static void chooseMethod(Browser browser, String method) {
        browser.click("#done\\:continue");
        browser.waitForPath("/checkout/payment-method.xhtml");
        browser.click("input[type=radio][value='" + method + "']");
        browser.click("#method\\:continue");
        browser.waitForPath("/checkout/payment.xhtml");
    }
}
