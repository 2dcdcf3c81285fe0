package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin finds a paid order by its booking code and by its buyer's email, reads its page
 * (payments, webhook events, emails, history) and finds its payments among those to check. The
 * order and everything about it are written straight into the database, in a venue and city of
 * the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminOrdersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anAdminFindsAPaidOrderAndReadsEverythingAboutIt() throws Exception {
        PaidOrder order = PaidOrder.create();
        try (Browser browser = AdminSteps.loggedInAdmin("/admin/orders.xhtml")) {
            browser.type("#orders\\:table\\:pnr\\:filter", order.pnr.toLowerCase(Locale.ROOT));
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));
            String row = onlyRow(browser, "orders");
            assertTrue(row.contains(order.event), row);
            assertTrue(row.contains("Paid"), row);
            assertTrue(row.contains("€84.50"), row);
            assertTrue(row.contains(order.email), row);
            assertTrue(row.contains("Guest"), row);
            // 20:00 in New York, whatever the server's or the browser's zone.
            assertTrue(row.contains("20:00 EST"), row);

            browser.type("#orders\\:table\\:pnr\\:filter", "");
            browser.type("#orders\\:table\\:buyer\\:filter", order.email.toUpperCase(Locale.ROOT));
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));
            AdminSteps.choose(browser, "#orders\\:table\\:statusFilter", "Expired");
            browser.waitFor().until(d -> onlyRow(browser, "orders").equals("Nothing matches."));
            AdminSteps.choose(browser, "#orders\\:table\\:statusFilter", "Paid");
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));

            // The session's day where it takes place (20:00 in New York is 01:00 UTC the next day); the creation
            // range in UTC days.
            pickDay(browser, "#orders\\:table\\:sessionFilter", order.sessionDay.plusDays(1));
            browser.waitFor().until(d -> onlyRow(browser, "orders").equals("Nothing matches."));
            pickDay(browser, "#orders\\:table\\:sessionFilter", order.sessionDay);
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
            pickDay(browser, "#orders\\:createdFrom", today.plusDays(1));
            browser.waitFor().until(d -> onlyRow(browser, "orders").equals("Nothing matches."));
            pickDay(browser, "#orders\\:createdFrom", today.minusDays(1));
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));
            browser.screenshot("admin-orders");

            browser.click("#orders\\:table_data a.mq-pnr");
            browser.waitForPath("/admin/order.xhtml");
            assertEquals(order.pnr, browser.text("#order-pnr"));
            assertEquals("Paid", browser.text("#order-status"));
            assertTrue(browser.text("#order-session").contains("20:00 EST"));
            assertTrue(browser.text("#order-buyer").contains("Ada Lovelace"));
            assertTrue(browser.text("#order-seats").contains("Floor, 2 standing places"));
            assertEquals("€90.00", browser.text("#total-subtotal"));
            assertEquals("€4.50", browser.text("#total-fee"));
            assertEquals("€84.50", browser.text("#total-total"));
            String payments = browser.text("#order-payments");
            assertTrue(payments.contains(order.paymentRef), payments);
            assertTrue(payments.contains("Confirmed after the hold"), payments);
            assertTrue(payments.contains("Refunded automatically"), payments);
            assertTrue(payments.contains("re_" + order.tag), payments);
            assertTrue(payments.contains("Paid twice"), payments);
            String events = browser.text("#order-events");
            assertTrue(events.contains(order.eventId), events);
            assertTrue(events.contains("payment_intent.succeeded"), events);
            String emails = browser.text("#order-emails");
            assertTrue(emails.contains("Your tickets for " + order.event), emails);
            assertTrue(emails.contains("Sent"), emails);
            assertTrue(emails.contains("We are paying back"), emails);
            assertTrue(browser.text("#history").contains("Paid with Stripe after the hold ran out"));
            assertNoRawKeys(browser);
            browser.screenshot("admin-order");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('order-payments').scrollIntoView()");
            browser.screenshot("admin-order-payments");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("window.scrollTo(0, document.body.scrollHeight)");
            browser.screenshot("admin-order-history");

            browser.open("/admin/payments.xhtml");
            browser.type("#payments\\:table\\:reference\\:filter", order.tag);
            browser.waitFor().until(d -> rows(browser, "payments").size() == 2);
            List<String> attention = rows(browser, "payments");
            assertTrue(attention.get(0).contains("Refunded automatically"), "newest first: " + attention);
            assertTrue(attention.get(1).contains("Confirmed after the hold"), attention.get(1));
            assertNoRawKeys(browser);
            browser.screenshot("admin-payments");
            browser.click("#payments\\:table_data a.mq-pnr");
            browser.waitForPath("/admin/order.xhtml");
            assertEquals(order.pnr, browser.text("#order-pnr"));
        }
    }

    @Test
    void onAPhoneTheOrdersAndTheOrderPageFit() throws Exception {
        PaidOrder order = PaidOrder.create();
        try (Browser browser = new Browser(390, 844)) {
            browser.open("/admin/orders.xhtml");
            browser.logIn(TestAccounts.admin(), TestAccounts.PASSWORD);
            browser.waitForPath("/admin/orders.xhtml");
            browser.type("#orders\\:table\\:pnr\\:filter", order.pnr);
            browser.waitFor().until(d -> onlyRow(browser, "orders").contains(order.pnr));
            browser.screenshot("admin-orders-phone");
            browser.open("/admin/order.xhtml?id=" + order.id);
            assertEquals(order.pnr, browser.text("#order-pnr"));
            browser.screenshot("admin-order-phone");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('order-payments').scrollIntoView()");
            browser.screenshot("admin-order-phone-payments");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertFalse((Boolean) overflow, "no sideways scrolling on a phone");
            browser.open("/admin/payments.xhtml");
            browser.screenshot("admin-payments-phone");
        }
    }

    @Test
    void anUnknownOrderIsThe404Page() throws Exception {
        try (Browser browser = AdminSteps.loggedInAdmin("/admin/orders.xhtml")) {
            browser.open("/admin/order.xhtml?id=987654321");
            assertFalse(browser.has("#order-pnr"));
            assertTrue(browser.pageSource().contains("Page not found"));
        }
    }

    /**
     * Picks a day in a date input (Chromium's own picker cannot be driven), as the picker does:
     * the value, then a change event, which filters the table.
     */
    private static void pickDay(Browser browser, String input, LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        browser.find(input),
                        day.toString());
    }

    private static void assertNoRawKeys(Browser browser) {
        String text = browser.find("body").getText();
        assertFalse(text.contains("???"), "a message key without text");
        assertFalse(text.matches("(?s).*\\badmin\\.[a-z]+\\.[a-zA-Z.]+.*"), "a raw key on the page");
    }

    private static List<String> rows(Browser browser, String form) {
        return browser.driver().findElements(By.cssSelector("#" + form + "\\:table_data > tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The text of the table's one row; empty while it shows more or fewer. */
    private static String onlyRow(Browser browser, String form) {
        List<String> rows = rows(browser, form);
        return rows.size() == 1 ? rows.get(0) : "";
    }

    /**
     * A guest's order of two standing places in a session on sale, paid with Stripe after its
     * hold ran out, then paid a second time with PayPal (paid back: settled, so no timer of the
     * server touches it); its webhook event, its emails and its history. Every id is the top of
     * a sequence block no server uses.
     */
    private static final class PaidOrder {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String pnr = ("T" + tag.toUpperCase(Locale.ROOT)).substring(0, 7);
        final String event = "Orders test " + tag;
        final String email = "ada-" + tag + "@example.org";
        final String paymentRef = "pi_" + tag;
        final String eventId = "evt_" + tag;
        long id;
        LocalDate sessionDay;

        static PaidOrder create() throws SQLException {
            PaidOrder order = new PaidOrder();
            order.write();
            return order;
        }

        private void write() throws SQLException {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            ZoneId newYork = ZoneId.of("America/New_York");
            // 20:00 in New York in the winter: EST.
            sessionDay = LocalDate.now(newYork).plusYears(1).withMonth(1).withDayOfMonth(15);
            Instant start = sessionDay.atTime(20, 0).atZone(newYork).toInstant();
            try (Connection db = TestDatabase.connect()) {
                update(
                        db,
                        "insert into country (code, name) select 'QZ', 'Testland'"
                                + " where not exists (select 1 from country where code = 'QZ')");
                long city = one(
                        db,
                        "insert into city (id, country_code, name, slug, time_zone) values (nextval('city_seq'), 'QZ',"
                                + " ?, ?, 'America/New_York') returning id",
                        "Orders city " + tag,
                        "orders-city-" + tag);
                long venue = one(
                        db,
                        "insert into venue (id, name, slug, city_id, address, created_at) values (nextval('venue_seq'),"
                                + " ?, ?, ?, '1 Test Street', now()) returning id",
                        "Orders hall " + tag,
                        "orders-hall-" + tag,
                        city);
                long floor = one(
                        db,
                        "insert into section (id, venue_id, name, kind, capacity, starting_price_minor, currency,"
                                + " position_x, position_y, rotation, shape, size_x, size_y) values (nextval('section_seq'),"
                                + " ?, 'Floor', 'STANDING', 10, 4500, 'EUR', 0, 0, 0, 'RECTANGLE', 3000, 2000) returning id",
                        venue);
                long category = one(
                        db,
                        "insert into category (id, name, slug) values (nextval('category_seq'), ?, ?) returning id",
                        "Orders category " + tag,
                        "orders-category-" + tag);
                long eventRow = one(
                        db,
                        "insert into event (id, title, slug, category_id, status, published_at, created_at)"
                                + " values (nextval('event_seq'), ?, ?, ?, 'PUBLISHED', now(), now()) returning id",
                        event,
                        "orders-test-" + tag,
                        category);
                long session = one(
                        db,
                        "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                                + " status, currency) values (nextval('event_session_seq'), ?, ?, ?, ?, ?, ?, 'ON_SALE',"
                                + " 'EUR') returning id",
                        eventRow,
                        venue,
                        at(start),
                        at(start.plusSeconds(7200)),
                        at(now.minusSeconds(86_400)),
                        at(start));
                id = one(
                        db,
                        "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                                + " created_at, expire_if_not_completed_at, closed_at, checkout_step, requested_tickets,"
                                + " buyer_name, buyer_email, address_line, postal_code, address_city, address_country,"
                                + " payment_method, currency, subtotal_minor, discount_minor, fee_minor, total_minor,"
                                + " paid_at, language) values (nextval('event_session_order_seq'), ?, ?, repeat('0', 64),"
                                + " 'PAID', 2, 10, ?, ?, ?, 'PAYMENT', 2, 'Ada Lovelace', ?, '12 Analytical Row', '10115',"
                                + " 'Berlin', 'Germany', 'CARD', 'EUR', 9000, 1000, 450, 8450, ?, 'en') returning id",
                        pnr,
                        session,
                        at(now.minusSeconds(3600)),
                        at(now.minusSeconds(2700)),
                        at(now.minusSeconds(2400)),
                        email,
                        at(now.minusSeconds(2400)));
                for (int place = 1; place <= 10; place++) {
                    update(
                            db,
                            "insert into session_place (session_id, section_id, place_no, order_id, held_until)"
                                    + " values (?, ?, ?, ?, ?)",
                            session,
                            floor,
                            place,
                            place <= 2 ? id : null,
                            place <= 2 ? at(Instant.parse("9999-12-31T00:00:00Z")) : at(Instant.EPOCH));
                }
                one(
                        db,
                        "insert into payment (id, order_id, provider, payment_ref, capture_ref, amount_minor, currency,"
                                + " status, attention, created_at, settled_at) values (nextval('payment_seq'), ?, 'STRIPE',"
                                + " ?, ?, 8450, 'EUR', 'SUCCEEDED', 'LATE', ?, ?) returning id",
                        id,
                        paymentRef,
                        paymentRef,
                        at(now.minusSeconds(2500)),
                        at(now.minusSeconds(2400)));
                long twice = one(
                        db,
                        "insert into payment (id, order_id, provider, payment_ref, capture_ref, amount_minor, currency,"
                                + " status, attention, note, refund_ref, created_at, settled_at) values"
                                + " (nextval('payment_seq'), ?, 'PAYPAL', ?, ?, 8450, 'EUR', 'REFUNDED', 'AUTO_REFUNDED',"
                                + " 'Paid twice', ?, ?, ?) returning id",
                        id,
                        "pp_" + tag,
                        "cap_" + tag,
                        "re_" + tag,
                        at(now.minusSeconds(2300)),
                        at(now.minusSeconds(2200)));
                update(
                        db,
                        "insert into payment_event (id, provider, event_id, type, payment_ref, order_id, outcome,"
                                + " received_at, payload) values (nextval('payment_event_seq'), 'STRIPE', ?,"
                                + " 'payment_intent.succeeded', ?, ?, 'PAID_LATE', ?, '{}')",
                        eventId,
                        paymentRef,
                        id,
                        at(now.minusSeconds(2400)));
                mail(db, "order-placed:" + id, "Your tickets for " + event + " (" + pnr + ")", "SENT", now);
                mail(db, "payment-refunded:" + twice, "We are paying back " + pnr, "PENDING", now);
                mail(db, "order-placed:" + (id + 1), "Not about this order " + tag, "SENT", now);
                update(
                        db,
                        "insert into audit_entry (id, at, actor, action, entity_type, entity_id, summary)"
                                + " values (nextval('audit_entry_seq'), ?, 'system', 'UPDATE', 'Order', ?,"
                                + " 'Paid with Stripe after the hold ran out')",
                        at(now.minusSeconds(2400)),
                        String.valueOf(id));
            }
        }

        private void mail(Connection db, String key, String subject, String status, Instant now) throws SQLException {
            update(
                    db,
                    "insert into outbox_message (id, channel, recipient, template, language, subject, body_text,"
                            + " dedupe_key, status, attempts, next_attempt_at, created_at, sent_at)"
                            + " values (nextval('outbox_message_seq'), 'EMAIL', ?, 'order-placed', 'en', ?, 'x', ?, ?, ?,"
                            + " ?, ?, ?)",
                    email,
                    subject,
                    key,
                    status,
                    status.equals("SENT") ? 1 : 0,
                    at(now.plusSeconds(86_400)),
                    at(now.minusSeconds(2300)),
                    status.equals("SENT") ? at(now.minusSeconds(2300)) : null);
        }

        private static java.time.OffsetDateTime at(Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }

        private static long one(Connection db, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(db, sql, parameters);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }

        private static void update(Connection db, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(db, sql, parameters)) {
                statement.executeUpdate();
            }
        }

        private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = db.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        }
    }
}
