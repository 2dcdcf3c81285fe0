package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Venue staff read one session of theirs (issue 12, items 24 and 25): its price categories beside
 * the section prices; its orders with amount, the guest's name and email, and an expired checkout
 * reading "Expired", not "Cancelled", left out of the list unless asked for with the status filter.
 * The venue, session and orders are written straight into the database; the demo venue user is
 * made the venue's owner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffOrdersBrowserIT {

    /** The class's venue owner: each fixture's hall is theirs. */
    private static final String VENUE_USER = "staff-orders-" + System.nanoTime() + "@marquee.test";

    @BeforeAll
    static void venueOwner() throws Exception {
        TestAccounts.insertUser(VENUE_USER, TestAccounts.PASSWORD, Role.VENUE);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void venueStaffReadCategoriesAmountsGuestsAndExpiredCheckouts() throws Exception {
        Fixture fixture = Fixture.create();
        try (Browser browser = new Browser()) {
            browser.open("/venue/");
            browser.logIn(VENUE_USER, TestAccounts.PASSWORD);
            browser.waitForPath("/venue/");
            browser.open("/venue/session.xhtml?id=" + fixture.session);

            String categories = browser.text("#session-categories");
            assertTrue(categories.contains("Reduced"), categories);
            assertTrue(categories.contains("Floor €22.00"), categories);
            assertTrue(categories.contains("Friends"), categories);
            assertTrue(categories.contains("with a promo code only"), categories);

            List<String> rows = rows(browser);
            assertEquals(2, rows.size(), "the expired checkout is left out by default: " + rows);
            String paid = rows.stream()
                    .filter(r -> r.contains(fixture.paidPnr))
                    .findFirst()
                    .orElseThrow();
            assertTrue(paid.contains("Grace Guest"), paid);
            assertTrue(paid.contains(fixture.email), paid);
            assertTrue(paid.contains("€44.00"), paid);
            assertTrue(paid.contains("Paid"), paid);
            String cancelled = rows.stream()
                    .filter(r -> r.contains(fixture.cancelledPnr))
                    .findFirst()
                    .orElseThrow();
            assertTrue(cancelled.contains("Cancelled"), cancelled);
            assertFalse(String.join("\n", rows).contains(fixture.expiredPnr));
            browser.screenshot("venue-session-orders");

            AdminSteps.choose(browser, "#orders\\:table\\:statusFilter", "Expired");
            browser.waitFor()
                    .until(d ->
                            rows(browser).size() == 1 && rows(browser).get(0).contains(fixture.expiredPnr));
            assertTrue(rows(browser).get(0).contains("Expired"), rows(browser).get(0));
            assertFalse(
                    rows(browser).get(0).contains("Cancelled"), rows(browser).get(0));
            AdminSteps.choose(browser, "#orders\\:table\\:statusFilter", "Cancelled");
            browser.waitFor()
                    .until(d ->
                            rows(browser).size() == 1 && rows(browser).get(0).contains(fixture.cancelledPnr));
            AdminSteps.choose(browser, "#orders\\:table\\:statusFilter", "All, with expired checkouts");
            browser.waitFor().until(d -> rows(browser).size() == 3);

            browser.open("/venue/order.xhtml?id=" + fixture.paidId);
            assertTrue(browser.text("#order-buyer").contains("Grace Guest"), browser.text("#order-buyer"));
            assertTrue(browser.text("#order-buyer").contains(fixture.email));
            assertTrue(browser.text("#order-buyer").contains("Guest"));
            assertEquals("€44.00", browser.text("#order-total"));
            browser.screenshot("venue-order");
            browser.open("/venue/order.xhtml?id=" + fixture.expiredId);
            assertEquals("Expired", browser.text("#order-status"));
        }
        try (Browser phone = new Browser(412, 915)) {
            phone.open("/venue/session.xhtml?id=" + fixture.session);
            phone.logIn(VENUE_USER, TestAccounts.PASSWORD);
            phone.waitForPath("/venue/session.xhtml");
            assertTrue(phone.text("#session-categories").contains("Reduced"));
            phone.screenshot("venue-session-phone");
            ((JavascriptExecutor) phone.driver())
                    .executeScript("document.getElementById('session-orders').scrollIntoView()");
            phone.screenshot("venue-session-orders-phone");
        }
    }

    private static List<String> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#orders\\:table_data > tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.equals("No orders yet."))
                .toList();
    }

    /** A venue owned by the demo venue user, a session on sale with two categories, and three orders. */
    private static final class Fixture {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String email = "grace-" + tag + "@example.org";
        final String paidPnr = pnr("P");
        final String expiredPnr = pnr("X");
        final String cancelledPnr = pnr("C");
        long session;
        long paidId;
        long expiredId;

        private String pnr(String first) {
            return (first + tag.toUpperCase(Locale.ROOT)).substring(0, 7);
        }

        static Fixture create() throws SQLException {
            Fixture fixture = new Fixture();
            fixture.write();
            return fixture;
        }

        private void write() throws SQLException {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant start = now.plus(30, ChronoUnit.DAYS);
            try (Connection db = TestDatabase.connect()) {
                update(
                        db,
                        "insert into country (code, name) select 'QZ', 'Testland'"
                                + " where not exists (select 1 from country where code = 'QZ')");
                long city = one(
                        db,
                        "insert into city (id, country_code, name, slug, time_zone) values (nextval('city_seq'), 'QZ',"
                                + " ?, ?, 'Europe/Berlin') returning id",
                        "Staff city " + tag,
                        "staff-city-" + tag);
                long venue = one(
                        db,
                        "insert into venue (id, name, slug, city_id, address, created_at) values (nextval('venue_seq'),"
                                + " ?, ?, ?, '1 Test Street', now()) returning id",
                        "Staff hall " + tag,
                        "staff-hall-" + tag,
                        city);
                long user = one(db, "select id from app_user where email = ?", VENUE_USER);
                update(
                        db,
                        "insert into venue_person (id, venue_id, user_id, role, since) values"
                                + " (nextval('venue_person_seq'), ?, ?, 'OWNER', now())",
                        venue,
                        user);
                long floor = one(
                        db,
                        "insert into section (id, venue_id, name, kind, capacity, starting_price_minor, currency,"
                                + " position_x, position_y, rotation, shape, size_x, size_y) values (nextval('section_seq'),"
                                + " ?, 'Floor', 'STANDING', 10, 3000, 'EUR', 0, 0, 0, 'RECTANGLE', 3000, 2000) returning id",
                        venue);
                long category = one(
                        db,
                        "insert into category (id, name, slug) values (nextval('category_seq'), ?, ?) returning id",
                        "Staff category " + tag,
                        "staff-category-" + tag);
                long event = one(
                        db,
                        "insert into event (id, title, slug, category_id, status, published_at, created_at)"
                                + " values (nextval('event_seq'), ?, ?, ?, 'PUBLISHED', now(), now()) returning id",
                        "Staff show " + tag,
                        "staff-show-" + tag,
                        category);
                session = one(
                        db,
                        "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                                + " status, currency) values (nextval('event_session_seq'), ?, ?, ?, ?, ?, ?, 'ON_SALE',"
                                + " 'EUR') returning id",
                        event,
                        venue,
                        at(start),
                        at(start.plusSeconds(7200)),
                        at(now.minusSeconds(86_400)),
                        at(start));
                category(db, "Reduced", true, null, floor, 2200, 1);
                category(db, "Friends", false, 4, floor, 1500, 2);
                paidId = order(db, paidPnr, "PAID", 2, null, 4400L, now);
                expiredId = order(db, expiredPnr, "CANCELLED", 0, "EXPIRED", null, now.minusSeconds(60));
                order(db, cancelledPnr, "CANCELLED", 0, "ABANDONED", null, now.minusSeconds(120));
            }
        }

        private void category(
                Connection db, String name, boolean isPublic, Integer limit, long section, long price, int sort)
                throws SQLException {
            long id = one(
                    db,
                    "insert into price_category (id, session_id, name, is_public, quantity_limit, sort_order)"
                            + " values (nextval('price_category_seq'), ?, ?, ?, ?, ?) returning id",
                    session,
                    name,
                    isPublic,
                    limit,
                    sort);
            update(
                    db,
                    "insert into price_category_price (price_category_id, section_id, price_minor) values (?, ?, ?)",
                    id,
                    section,
                    price);
        }

        private long order(Connection db, String pnr, String status, int tickets, String reason, Long total, Instant at)
                throws SQLException {
            return one(
                    db,
                    "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                            + " created_at, expire_if_not_completed_at, closed_at, cancel_reason, checkout_step,"
                            + " requested_tickets, buyer_name, buyer_email, address_line, postal_code, address_city,"
                            + " address_country, currency, subtotal_minor, discount_minor, fee_minor, total_minor,"
                            + " paid_at) values (nextval('event_session_order_seq'), ?, ?, repeat('0', 64), ?, ?, 10,"
                            + " ?, ?, ?, ?, 'PAYMENT', 2, 'Grace Guest', ?, '1 Road', '10115', 'Berlin', 'Germany',"
                            + " ?, ?, 0, 0, ?, ?) returning id",
                    pnr,
                    session,
                    status,
                    tickets,
                    at(at.minusSeconds(1800)),
                    at(at.minusSeconds(900)),
                    at(at),
                    reason,
                    email,
                    total == null ? null : "EUR",
                    total,
                    total,
                    total == null ? null : at(at));
        }

        private static OffsetDateTime at(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
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
