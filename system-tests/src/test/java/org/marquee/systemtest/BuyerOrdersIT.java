package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.CodeCheck;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.SignInStep;
import org.marquee.core.identity.SignIns;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.BuyerOrder;
import org.marquee.core.order.BuyerOrders;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderLinkRefused;
import org.marquee.core.order.OrderLinks;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.SessionCalendar;
import org.marquee.core.order.SessionReminders;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.promo.DiscountKind;
import org.marquee.core.promo.PromoCodeDraft;
import org.marquee.core.promo.PromoCodes;

/**
 * The buyer's side after the sale (issue 16), inside the server: which orders a buyer sees, the
 * signed link of a guest's email, the calendar file, and the text messages through Twilio's SDK
 * against {@link TwilioFake} (confirmation, opt-out, retries, the day-before reminder on two
 * threads, the sign-in code by text). Orders are paid with a 100% promo code, which sells them
 * through the same confirmation as a provider's payment.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class BuyerOrdersIT {

    private static final String ADMIN = "buyer-orders-admin@marquee.test";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "a long enough password 16";

    @EJB
    private Orders orders;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private SeatClaims seats;

    @EJB
    private PaymentCheckout payments;

    @EJB
    private PromoCodes promoCodes;

    @EJB
    private OrderPromos orderPromos;

    @EJB
    private BuyerOrders buyerOrders;

    @EJB
    private OrderLinks links;

    @EJB
    private SessionReminders reminders;

    @EJB
    private UserAccounts accounts;

    @EJB
    private MyAccount myAccount;

    @EJB
    private SignIns signIns;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    private static TwilioFake twilio;

    private CheckoutProgramme hall;
    private String freeCode;
    private final AtomicInteger nextSeat = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithPaymentFakes(BuyerOrdersIT.class, CheckoutProgramme.class, TwilioFake.class);
    }

    /** After refunds, cancellations and documents: the consistency check finds nothing wrong in the hall's event. */
    @AfterEach
    void consistentAfterwards() throws Exception {
        new Sql(db).assertConsistent(hall.sessionId());
    }

    @BeforeEach
    void aHallOnSaleWithAFreeCode() throws Exception {
        startTwilio();
        hall = CheckoutProgramme.create(db, 4, 10, 50);
        long eventId = number("select event_id from event_session where id = ?", hall.sessionId());
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode("free" + Long.toString(System.nanoTime(), 36));
        draft.setKind(DiscountKind.PERCENT);
        draft.setAmount(BigDecimal.valueOf(100));
        freeCode = Callers.as(
                ADMIN, Role.ADMIN, () -> promoCodes.create(eventId, draft).code());
    }

    private static synchronized void startTwilio() {
        if (twilio == null) {
            twilio = TwilioFake.startForServer();
        }
    }

    // ---------------------------------------------------------------- which orders a buyer sees

    @Test
    void aBuyerSeesTheirPaidOrdersAndTheirVerifiedGuestOrdersAndNothingElse() throws Exception {
        String ana = account("ana", true, null);
        String ben = account("ben", true, null);
        long own = paid(Buyer.user(ana), ana, 2);
        long asGuest = paid(Buyer.guest(), ana, 1);
        long expiredHold = unpaid(Buyer.guest(), ana);
        long bens = paid(Buyer.user(ben), ben, 1);
        long guestOfOther = paid(Buyer.guest(), "someone-else+" + System.nanoTime() + "@example.org", 1);

        Set<Long> anasOrders = ids(Callers.as(ana, Role.BUYER, () -> buyerOrders.mine()));
        assertTrue(anasOrders.containsAll(List.of(own, asGuest)), "her own order and her guest order");
        assertFalse(anasOrders.contains(expiredHold), "a hold that was never paid is no order of hers");
        assertFalse(anasOrders.contains(bens), "not Ben's");
        assertFalse(anasOrders.contains(guestOfOther), "not another guest's");
        assertEquals(Set.of(bens), ids(Callers.as(ben, Role.BUYER, () -> buyerOrders.mine())));

        BuyerOrder detail = Callers.as(ana, Role.BUYER, () -> buyerOrders.mine(own));
        assertEquals(2, detail.items().size(), "two seats");
        assertEquals("Stalls", detail.items().get(0).section());
        assertEquals(ZoneId.of("Europe/Berlin"), detail.session().timeZone());
        assertEquals("PAID", detail.status().name());
        for (long notHers : List.of(bens, guestOfOther, expiredHold, 999_999_999L)) {
            NotYourOrder refused = assertThrows(
                    NotYourOrder.class, () -> Callers.as(ana, Role.BUYER, () -> buyerOrders.mine(notHers)));
            assertEquals("order.notAmongYours", refused.messageKey(), "the same answer for any other id");
        }
    }

    @Test
    void guestOrdersOfAnUnverifiedAddressAreNotTheAccountsOrders() throws Exception {
        String carl = account("carl", false, null);
        long asGuest = paid(Buyer.guest(), carl, 1);

        assertTrue(Callers.as(carl, Role.BUYER, () -> buyerOrders.mine()).isEmpty());
        assertThrows(NotYourOrder.class, () -> Callers.as(carl, Role.BUYER, () -> buyerOrders.mine(asGuest)));
    }

    // ---------------------------------------------------------------- the signed link

    @Test
    void theSignedLinkOpensItsOrderAndNoOtherWithoutALogin() throws Exception {
        String email = "guest+" + System.nanoTime() + "@example.org";
        long order = paid(Buyer.guest(), email, 1);
        long other = paid(Buyer.guest(), email, 1);
        String signature = links.signature(order);

        BuyerOrder opened = Callers.anonymous(() -> buyerOrders.viaLink(order, signature));
        assertEquals(order, opened.id());
        assertTrue(opened.viaLink());

        String altered = (signature.charAt(5) == 'A' ? 'B' : 'A') + "";
        altered = signature.substring(0, 5) + altered + signature.substring(6);
        for (String wrong : List.of(altered, signature.substring(1), signature + "x", "", links.signature(other))) {
            assertThrows(
                    OrderLinkRefused.class,
                    () -> Callers.anonymous(() -> buyerOrders.viaLink(order, wrong)),
                    "refused: " + wrong);
        }
        assertThrows(OrderLinkRefused.class, () -> buyerOrders.viaLink(other, signature), "another order's link");

        String mail = string("select body_text from outbox_message where dedupe_key = ?", "order-placed:" + order);
        assertTrue(mail.contains(links.page(order)), "the order email carries the signed link");
        assertTrue(mail.contains(links.calendar(order)), "and the calendar file's");

        HttpResponse<String> page = get(links.page(order));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(pnr(order)), "the page shows the order");
        assertFalse(page.body().contains("nav-orders"), "and nothing of an account");
        HttpResponse<String> refused = get("/order.xhtml?order=" + order + "&sig=" + altered);
        assertTrue(refused.body().contains("This order link is not valid"), refused.body());
        assertFalse(refused.body().contains(pnr(order)));
    }

    // ---------------------------------------------------------------- the calendar file

    @Test
    void theCalendarFileIsAnRfc5545EventInTheVenuesZone() throws Exception {
        String dora = account("dora", true, null);
        long order = paid(Buyer.user(dora), dora, 2);
        Instant start = instant("select starts_at from event_session where id = ?", hall.sessionId());
        Instant end = instant("select ends_at from event_session where id = ?", hall.sessionId());

        String file = Callers.as(dora, Role.BUYER, () -> buyerOrders.calendar(order, null));

        assertTrue(file.endsWith("\r\n") && !file.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        for (String line : file.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        List<String> lines = unfold(file);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertTrue(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZID:Europe/Berlin"));
        assertTrue(lines.contains("TZOFFSETTO:+0200") && lines.contains("TZOFFSETTO:+0100"), "summer and winter");
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertTrue(
                lines.contains("DTSTART;TZID=Europe/Berlin:" + local.format(LocalDateTime.ofInstant(start, berlin))));
        assertTrue(lines.contains("DTEND;TZID=Europe/Berlin:" + local.format(LocalDateTime.ofInstant(end, berlin))));
        String uid = SessionCalendar.uid(hall.sessionId(), order);
        assertTrue(lines.contains("UID:" + uid));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DTSTAMP:") && l.endsWith("Z")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SUMMARY:Checkout show")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("LOCATION:Hall ") && l.contains("1 Box Office Lane")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:Booking code " + pnr(order))));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
        assertEquals(file, Callers.as(dora, Role.BUYER, () -> buyerOrders.calendar(order, null)), "stable");

        HttpResponse<String> download = get(links.calendar(order));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(download.body().contains("UID:" + uid), "the signed link's file is the same entry");
        assertEquals(404, get("/calendar/order.ics?order=" + order + "&sig=x").statusCode());
        assertEquals(404, get("/calendar/order.ics?order=" + order).statusCode(), "no login, no signature");
    }

    // ---------------------------------------------------------------- text messages

    @Test
    void aPaidOrderIsConfirmedByTextThroughTwilio() throws Exception {
        String phone = phone();
        String eve = account("eve", true, phone);
        long order = paid(Buyer.user(eve), eve, 1);

        Waits.until("the confirmation reached Twilio", WAIT, () -> !twilio.messagesTo(phone)
                .isEmpty());
        TwilioFake.Sent text = twilio.messagesTo(phone).get(0);
        assertEquals("+15005550006", text.from());
        assertTrue(text.body().contains(pnr(order)), text.body());
        assertTrue(text.body().contains("Checkout show"), text.body());
        assertTrue(text.body().contains(links.page(order)), text.body());
        Waits.until("recorded as sent", WAIT, () -> "SENT".equals(smsStatus("order-placed-sms:" + order)));
        assertEquals(1, twilio.messagesTo(phone).size(), "once");
    }

    @Test
    void aBuyerWhoTurnedTheTextsOffGetsNone() throws Exception {
        String phone = phone();
        String fay = account("fay", true, phone);
        Callers.as(fay, Role.BUYER, () -> {
            myAccount.update("Fay", phone, false, "en", false);
            return null;
        });
        assertFalse(Callers.as(fay, Role.BUYER, () -> myAccount.profile().orderTexts()));

        long order = paid(Buyer.user(fay), fay, 1);

        assertEquals(1, number("select count(*) from outbox_message where dedupe_key = ?", "order-placed:" + order));
        assertEquals(
                0, number("select count(*) from outbox_message where dedupe_key = ?", "order-placed-sms:" + order));
    }

    @Test
    void aTextTwilioCannotTakeNowIsRetriedAndOneItRefusesIsGivenUp() throws Exception {
        String phone = phone();
        String gus = account("gus", true, phone);
        // The SDK itself tries a 5xx three times: eight answers of 503 fail two of the outbox's attempts.
        twilio.failNext(8, 503);
        long order = paid(Buyer.user(gus), gus, 1);
        String key = "order-placed-sms:" + order;

        Waits.until("sent after the retries", WAIT, () -> "SENT".equals(smsStatus(key)));
        assertTrue(number("select attempts from outbox_message where dedupe_key = ?", key) >= 2, "retried");
        assertTrue(string("select last_error from outbox_message where dedupe_key = ?", key)
                .contains("503"));
        assertEquals(1, twilio.messagesTo(phone).size());

        twilio.failNext(1, 400);
        long refused = paid(Buyer.user(gus), gus, 1);
        Waits.until("given up at once", WAIT, () -> "FAILED".equals(smsStatus("order-placed-sms:" + refused)));
        assertEquals(
                1, number("select attempts from outbox_message where dedupe_key = ?", "order-placed-sms:" + refused));
    }

    @Test
    void theDayBeforeEachOrderIsRemindedOnceEvenWithTwoNodesAtOnce() throws Exception {
        String phone = phone();
        String hal = account("hal", true, phone);
        long order = paid(Buyer.user(hal), hal, 1);
        Waits.until("the confirmation", WAIT, () -> twilio.messagesTo(phone).size() == 1);
        // The session starts in 20 hours; the order was paid three days ago.
        Instant start = Instant.now().plus(Duration.ofHours(20));
        update(
                "update event_session set sales_end = ?, starts_at = ?, ends_at = ? where id = ?",
                java.sql.Timestamp.from(start.minus(Duration.ofHours(1))),
                java.sql.Timestamp.from(start),
                java.sql.Timestamp.from(start.plus(Duration.ofHours(2))),
                hall.sessionId());
        update(
                "update event_session_order set paid_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3))),
                order);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(nodes.submit(() -> reminders.remindDue()));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        nodes.shutdown();

        String key = "session-reminder-sms:" + order;
        assertEquals(1, number("select count(*) from outbox_message where dedupe_key = ?", key));
        Waits.until(
                "the reminder reached Twilio",
                WAIT,
                () -> twilio.messagesTo(phone).size() == 2);
        assertTrue(twilio.messagesTo(phone).get(1).body().contains("reminder"), "the reminder text");
        reminders.remindDue();
        Waits.stays(
                "never a second reminder",
                Duration.ofMillis(1500),
                () -> twilio.messagesTo(phone).size(),
                2);
        assertTrue(instant("select reminded_at from event_session_order where id = ?", order) != null);
    }

    @Test
    void theSignInCodeCanComeByTextInsteadOfEmail() throws Exception {
        String phone = phone();
        String ida = account("ida", true, phone);
        update("update app_user set second_factor = true where email = ?", ida);

        SignInStep step = signIns.start(ida, PASSWORD);
        assertEquals(SignInStep.Outcome.CODE_SENT, step.outcome());
        assertTrue(signIns.textOption(step.challenge()).orElseThrow().endsWith(phone.substring(phone.length() - 2)));

        assertTrue(signIns.sendCodeByText(step.challenge()));
        assertFalse(signIns.sendCodeByText(step.challenge()), "once per login");
        assertTrue(signIns.textOption(step.challenge()).isEmpty());
        Waits.until(
                "the code reached Twilio", WAIT, () -> !twilio.messagesTo(phone).isEmpty());
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("code is (\\d{6})")
                .matcher(twilio.messagesTo(phone).get(0).body());
        assertTrue(sent.find(), twilio.messagesTo(phone).get(0).body());
        String code = sent.group(1);

        assertEquals(CodeCheck.ACCEPTED, signIns.checkCode(step.challenge(), code));
        Waits.until("the sent text no longer holds the code", WAIT, () -> !string(
                        "select body_text from outbox_message where recipient = ? and channel = 'SMS'", phone)
                .contains(code));
    }

    @Test
    void anAccountWithoutANumberIsOfferedNoTextCode() throws Exception {
        String jo = account("jo", true, null);
        update("update app_user set second_factor = true where email = ?", jo);
        SignInStep step = signIns.start(jo, PASSWORD);
        assertTrue(signIns.textOption(step.challenge()).isEmpty());
        assertFalse(signIns.sendCodeByText(step.challenge()));
    }

    // ---------------------------------------------------------------- helpers

    private String account(String name, boolean verified, String phone) throws Exception {
        String email = name + "+" + System.nanoTime() + "@example.org";
        accounts.register(email, "Test " + name, PASSWORD, Set.of(Role.BUYER));
        update("update app_user set email_verified = ?, phone = ? where email = ?", verified, phone, email);
        return email;
    }

    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private static String phone() {
        return "+49170" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000);
    }

    /** An order paid in full by the free code: PAID, its seats SOLD, its mails and texts queued. */
    private long paid(Buyer buyer, String email, int tickets) throws Exception {
        OrderAccess order = atPayment(buyer, email, tickets);
        orderPromos.apply(order, freeCode, email);
        assertTrue(payments.start(order, "en").paid());
        return order.orderId();
    }

    /** An order that got to the seats and was never paid. */
    private long unpaid(Buyer buyer, String email) {
        return atPayment(buyer, email, 1).orderId();
    }

    private OrderAccess atPayment(Buyer buyer, String email, int tickets) {
        StartedOrder started = orders.start(hall.sessionId(), buyer);
        OrderAccess order = OrderAccess.of(started.orderId(), started.token());
        checkout.chooseAmount(order, tickets, Map.of());
        checkout.giveAddress(
                order,
                new OrderCheckout.AddressForm(
                        "Ana Silva", email, "Rua Augusta 1", "1100-048", "Lisbon", "Portugal", false, "en"));
        for (int i = 0; i < tickets; i++) {
            seats.claim(order, hall.seatIds().get(nextSeat.getAndIncrement()));
        }
        checkout.confirmSeats(order);
        checkout.choosePaymentMethod(order, PaymentMethod.CARD);
        return order;
    }

    private static Set<Long> ids(List<BuyerOrder> list) {
        return list.stream().map(BuyerOrder::id).collect(Collectors.toSet());
    }

    private String pnr(long order) {
        return string("select pnr from event_session_order where id = ?", order);
    }

    private String smsStatus(String key) {
        return string("select status from outbox_message where dedupe_key = ? and channel = 'SMS'", key);
    }

    private static List<String> unfold(String file) {
        return List.of(file.replace("\r\n ", "").split("\r\n"));
    }

    private static HttpResponse<String> get(String pathOrUrl) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : LoopbackFake.serverUrl(pathOrUrl);
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    private Instant instant(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            return row.next() && row.getTimestamp(1) != null
                    ? row.getTimestamp(1).toInstant()
                    : null;
        }
    }

    private String string(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
