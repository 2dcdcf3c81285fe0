package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
 * The after-sale journey of issue 16: a logged-in buyer pays two seats by card (Stripe's fake),
 * opens "My orders" and downloads the invoice PDF and the calendar file; an admin refunds one seat
 * from the order page, then the rest: each refund reaches Stripe once, the buyer gets one email
 * per refund with its credit note attached and sees both credit notes on the order page, the
 * order ends Refunded, and another buyer's open seat map shows both seats free again, pushed
 * live. Screenshots of the order pages on a desktop and a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminRefundsBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String PASSWORD = "refunds-buyer-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anAdminRefundsOneTicketThenTheRestAndTheSeatsAreFreeOnTheMap() throws Exception {
        BurstArena hall = BurstArena.create(3, 8, 20, 1);
        long session = hall.sessionIds().get(0);
        long first = hall.seatIds().get(3);
        long second = hall.seatIds().get(4);
        String ana = "ana+" + System.nanoTime() + "@example.com";
        TestAccounts.insertUser(ana, PASSWORD, Role.BUYER);
        try (MailServer mail = MailServer.start();
                StripeFake stripe = StripeFake.startForServer();
                Browser buyer = new Browser();
                Browser watcher = new Browser()) {
            buyer.open("/login.xhtml?continue=%2Faccount%2F");
            buyer.logIn(ana, PASSWORD);
            buyer.waitForPath("/account/");
            toSeats(buyer, session, 2, "Ana Silva", ana);
            for (long seat : List.of(first, second)) {
                buyer.takeSeat(seat);
            }
            chooseMethod(buyer, "CARD");
            buyer.type("#fake-card-number", StripeFake.CARD_SUCCEEDS);
            buyer.type("#fake-card-expiry", "12 / 34");
            buyer.type("#fake-card-cvc", "123");
            buyer.click("#pay-card");
            buyer.waitForPath("/checkout/done.xhtml");
            String pnr = buyer.text("#done-pnr");
            long orderId = TestDatabase.count("select id from event_session_order where pnr = ?", pnr);
            String invoiceNumber =
                    TestDatabase.string("select number from invoice where order_id = ? and kind = 'INVOICE'", orderId);

            // My orders: the order, its invoice as PDF, its calendar file.
            buyer.open("/account/orders.xhtml");
            buyer.click("#order-" + orderId + " .mq-order-title");
            buyer.waitForPath("/account/order.xhtml");
            buyer.expectText("#order-documents .mq-invoice-number", invoiceNumber);
            buyer.screenshot("refund-buyer-order-paid");
            HttpResponse<byte[]> invoicePdf = download(buyer, buyer.find("#order-documents .mq-invoice-pdf"));
            assertEquals(200, invoicePdf.statusCode());
            assertEquals(
                    "application/pdf",
                    invoicePdf.headers().firstValue("Content-Type").orElse(""));
            String invoiceText = Pdfs.text(invoicePdf.body());
            assertTrue(invoiceText.contains(invoiceNumber) && invoiceText.contains("Ana Silva"), invoiceText);
            HttpResponse<byte[]> calendar = download(buyer, buyer.find("#calendar-link"));
            assertEquals(200, calendar.statusCode());
            assertTrue(new String(calendar.body(), StandardCharsets.UTF_8).contains("Booking code " + pnr));

            toSeats(watcher, session, 1, "Ben Okafor", "ben+" + System.nanoTime() + "@example.com");
            watcher.find("#seat-map .mq-seat-sold[data-seat='" + first + "']");

            try (Browser admin = AdminSteps.loggedInAdmin("/admin/orders.xhtml")) {
                admin.open("/admin/order.xhtml?id=" + orderId);
                admin.find("#order-refunds");
                admin.find("#order-invoices .mq-invoice-number");
                admin.screenshot("refund-order-page");
                admin.click("#refund-form\\:tickets input[value='s" + first + "']");
                admin.click("#refund-form\\:refund-tickets");
                admin.click("#refund-form\\:refund-yes");
                admin.waitFor()
                        .until(d -> admin.has("#refund-list")
                                && admin.text("#refund-list").contains("Refunded"));
                assertEquals("Paid", admin.text("#order-status"));
                long firstPrice = TestDatabase.count(
                        "select price_minor from paid_ticket where order_id = ? and seat_id = ?", orderId, first);
                assertEquals(
                        String.format(java.util.Locale.ROOT, "€%.2f", firstPrice / 100.0),
                        admin.text("#refund-refunded"));
                watcher.waitFor().until(d -> watcher.has("#seat-map .mq-seat-free[data-seat='" + first + "']"));
                watcher.find("#seat-map .mq-seat-sold[data-seat='" + second + "']");

                admin.click("#refund-form\\:refund-rest");
                admin.click("#refund-form\\:refund-yes");
                admin.waitFor().until(d -> admin.text("#order-status").equals("Refunded"));
                assertEquals(admin.text("#total-total"), admin.text("#refund-refunded"), "the whole total went back");
                assertEquals(
                        3,
                        admin.driver()
                                .findElements(org.openqa.selenium.By.cssSelector("#order-invoices .mq-invoice"))
                                .size(),
                        "the invoice and two credit notes");
                admin.screenshot("refund-order-refunded");
                watcher.waitFor().until(d -> watcher.has("#seat-map .mq-seat-free[data-seat='" + second + "']"));
                watcher.screenshot("refund-seats-free");
            }
            try (Browser phone = new Browser(412, 915)) {
                phone.open("/admin/orders.xhtml");
                phone.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
                phone.waitForPath("/admin/orders.xhtml");
                phone.open("/admin/order.xhtml?id=" + orderId);
                phone.find("#order-refunds");
                phone.screenshot("refund-order-phone");
            }
            // The buyer: an email per refund, each with its credit note; both notes on the order page.
            List<String> notes = TestDatabase.strings(
                    "select number from invoice where order_id = ? and kind = 'CREDIT_NOTE' order by id", orderId);
            assertEquals(2, notes.size());
            List<MimeMessage> refundMails = Waits.until(
                    "two refund emails to " + ana,
                    ARRIVAL,
                    () -> mail.to(ana).stream()
                            .filter(m -> subject(m).startsWith("Refund of"))
                            .toList(),
                    found -> found.size() >= 2);
            assertEquals(2, refundMails.size(), "one email per refund, no more");
            for (MimeMessage refund : refundMails) {
                List<String> attached = MailServer.attachmentNames(refund);
                assertTrue(
                        notes.stream().anyMatch(number -> attached.stream().anyMatch(name -> name.contains(number))),
                        "a credit note travels with the refund email: " + attached + " " + notes);
                assertTrue(MailServer.text(refund).contains(pnr), MailServer.text(refund));
            }
            buyer.open("/account/order.xhtml?order=" + orderId);
            buyer.expectText("#order-status", "Refunded");
            assertEquals(
                    3,
                    buyer.driver()
                            .findElements(org.openqa.selenium.By.cssSelector("#order-documents .mq-invoice"))
                            .size(),
                    "the invoice and both credit notes");
            buyer.screenshot("refund-buyer-order-refunded");
            try (Browser buyerPhone = new Browser(412, 915)) {
                buyerPhone.open("/login.xhtml?continue=%2Faccount%2Forders.xhtml");
                buyerPhone.logIn(ana, PASSWORD);
                buyerPhone.waitForPath("/account/orders.xhtml");
                buyerPhone.open("/account/order.xhtml?order=" + orderId);
                buyerPhone.find("#order-documents");
                buyerPhone.screenshot("refund-buyer-order-refunded-phone");
            }

            assertEquals(2, stripe.refunds().size(), "each refund reached Stripe once");
            assertEquals(
                    TestDatabase.count("select total_minor from event_session_order where id = ?", orderId),
                    stripe.refunds().stream()
                            .mapToLong(StripeFake.Refund::amount)
                            .sum());
            assertTrue(TestDatabase.count(
                            "select count(*) from session_seat where session_id = ? and order_id = ?", session, orderId)
                    == 0);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Fetches a link of the page as the logged-in browser (its session cookie), as a download would. */
    private static HttpResponse<byte[]> download(Browser browser, org.openqa.selenium.WebElement link)
            throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("MARQUEESESSION");
        assertNotNull(session, "the browser holds the session cookie");
        HttpRequest request = HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

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
