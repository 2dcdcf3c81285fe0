package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.TestAccounts.insertUser;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * "My orders" in headless Chromium: a logged-in buyer pays a seat by card (the Stripe fake),
 * opens My orders, sees the order and its page, and downloads the calendar file; then, on a phone,
 * the signed link of the order email opens the same page without a login, and a changed link is
 * refused with its message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BuyerOrdersBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String PASSWORD = "buyer-orders-password";
    private static final Pattern ORDER_LINK =
            Pattern.compile("(http\\S+/order\\.xhtml\\?order=\\d+&sig=[A-Za-z0-9_%-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void aBuyerPaysOpensMyOrdersAndDownloadsTheCalendarFile() throws Exception {
        BurstArena hall = BurstArena.create(3, 8, 20, 1);
        long session = hall.sessionIds().get(0);
        long seat = hall.seatIds().get(2);
        String email = "orders+" + System.nanoTime() + "@example.com";
        insertUser(email, PASSWORD, Role.BUYER);
        try (MailServer mail = MailServer.start();
                StripeFake stripe = StripeFake.startForServer();
                Browser browser = new Browser();
                Browser phone = new Browser(412, 915)) {
            browser.open("/login.xhtml?continue=%2Faccount%2F");
            browser.logIn(email, PASSWORD);
            browser.waitForPath("/account/");

            toSeats(browser, session, email);
            browser.takeSeat(seat);
            browser.click("#done\\:continue");
            browser.waitForPath("/checkout/payment-method.xhtml");
            browser.click("input[type=radio][value='CARD']");
            browser.click("#method\\:continue");
            browser.waitForPath("/checkout/payment.xhtml");
            browser.type("#fake-card-number", "4242 4242 4242 4242");
            browser.type("#fake-card-expiry", "12 / 34");
            browser.type("#fake-card-cvc", "123");
            browser.click("#pay-card");
            browser.waitForPath("/checkout/done.xhtml");
            String pnr = browser.text("#done-pnr");

            browser.open("/");
            browser.click("#nav-orders");
            browser.waitForPath("/account/orders.xhtml");
            long orderId = TestDatabase.count("select id from event_session_order where pnr = ?", pnr);
            browser.expectText("#order-" + orderId + " .mq-pnr", pnr);
            browser.screenshot("my-orders");
            browser.click("#order-" + orderId + " .mq-order-title");
            browser.waitForPath("/account/order.xhtml");
            browser.expectText("#order-pnr", pnr);
            browser.expectText("#order-status", "Paid");
            assertTrue(browser.text("#order-items").contains("seat"), browser.text("#order-items"));
            browser.screenshot("my-order");

            String href = browser.find("#calendar-link").getAttribute("href");
            HttpResponse<String> file = download(href, sessionCookie(browser));
            assertEquals(200, file.statusCode(), file.body());
            assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertTrue(file.body().startsWith("BEGIN:VCALENDAR\r\n"), file.body());
            assertTrue(file.body().contains("UID:session-" + session + "-order-" + orderId + "@marquee"));
            assertTrue(file.body().contains("DESCRIPTION:Booking code " + pnr), file.body());
            assertEquals(404, download(href, null).statusCode(), "not without the login");

            // The email's signed link, on a phone that never logged in.
            MimeMessage placed = mail.await(email, 1, ARRIVAL).stream()
                    .filter(m -> {
                        try {
                            return m.getSubject().contains(pnr);
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            Matcher link = ORDER_LINK.matcher(MailServer.text(placed));
            assertTrue(link.find(), MailServer.text(placed));
            String signed = link.group(1).substring(link.group(1).indexOf("/order.xhtml"));
            phone.open(signed);
            phone.expectText("#order-pnr", pnr);
            assertFalse(phone.has("#nav-orders"), "nothing of the account");
            phone.screenshot("order-link-phone");
            phone.open("/account/orders.xhtml");
            phone.waitForPath("/login.xhtml");

            String changed = signed.substring(0, signed.length() - 3) + (signed.endsWith("AAA") ? "BBB" : "AAA");
            phone.open(changed);
            assertTrue(phone.text(Browser.ERROR).startsWith("This order link is not valid"));
            assertFalse(phone.has("#order-pnr"));
            phone.screenshot("order-link-changed-phone");

            // The account pages on the phone too.
            phone.open("/login.xhtml?continue=%2Faccount%2Forders.xhtml");
            phone.logIn(email, PASSWORD);
            phone.waitForPath("/account/orders.xhtml");
            phone.find("#order-" + orderId);
            phone.screenshot("my-orders-phone");
            phone.open("/account/order.xhtml?order=" + orderId);
            phone.expectText("#order-pnr", pnr);
            phone.screenshot("my-order-phone");
            long otherOrder = TestDatabase.count("select max(id) from event_session_order where buyer_id is null");
            phone.open("/account/order.xhtml?order=" + otherOrder);
            assertTrue(phone.text(Browser.ERROR).startsWith("There is no order"));
        }
    }

    /** The EAR's shared session cookie (jboss-all.xml names it), which carries the login. */
    private static Cookie sessionCookie(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("MARQUEESESSION");
        assertNotNull(cookie, "the browser holds the session cookie");
        return cookie;
    }

    private static HttpResponse<String> download(String url, Cookie session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void toSeats(Browser browser, long session, String email) throws Exception {
        browser.open("/events/"
                + TestDatabase.string(
                        "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?",
                        session));
        browser.click("#buy-" + session);
        browser.waitForPath("/checkout/amount.xhtml");
        new Select(browser.find("#amount\\:tickets")).selectByVisibleText("1");
        browser.click("#amount\\:continue");
        browser.waitForPath("/checkout/address.xhtml");
        browser.type("#address\\:name", "Olga Orders");
        browser.type("#address\\:email", email);
        browser.type("#address\\:line", "Rua Augusta 1");
        browser.type("#address\\:postalCode", "1100-048");
        browser.type("#address\\:city", "Lisbon");
        browser.type("#address\\:country", "Portugal");
        browser.click("#address\\:continue");
        browser.waitForPath("/checkout/seats.xhtml");
        browser.find("#seat-step[data-live-open]");
    }
}
