package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.catalog.Events;
import org.marquee.core.identity.Role;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.HoldRelease;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderClosed;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.payment.Confirmation;
import org.marquee.core.payment.ForgedWebhook;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.payment.PaymentReconciliation;
import org.marquee.core.payment.PaymentWebhooks;
import org.marquee.core.payment.Provider;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.core.payment.StartedPayment;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.promo.DiscountKind;
import org.marquee.core.promo.PromoCodeDraft;
import org.marquee.core.promo.PromoCodes;

/**
 * Taking the money, inside the server on PostgreSQL, against the loopback fakes of Stripe and
 * PayPal (started in the server on the ports its payment settings name, sending their webhooks to
 * it): the buyer's return and the webhook racing on real threads, duplicated, held and reordered
 * webhooks, payments after the hold ran out with the seats free and taken, provider errors and
 * timeouts, a lost confirmation recovered by the webhook and by the reconciliation, and the
 * refusals that change nothing. After each test the books are checked: every PAID order has
 * exactly one successful payment of its total, all its seats SOLD and one "order placed" email.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class PaymentsIT {

    private static final String ADMIN = "payments-admin@marquee.test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @EJB
    private Events events;

    @EJB
    private Orders orders;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private SeatClaims seats;

    @EJB
    private PaymentCheckout payments;

    @EJB
    private PaymentWebhooks webhooks;

    @EJB
    private PaymentReconciliation reconciliation;

    @EJB
    private HoldRelease holdRelease;

    @EJB
    private PromoCodes promoCodes;

    @EJB
    private OrderPromos orderPromos;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    private CheckoutProgramme hall;
    private final AtomicInteger nextSeat = new AtomicInteger();
    /**
     * The fakes live as long as this deployment: the server's provider clients keep their
     * connections and PayPal's access token, as they would with the real providers.
     */
    private static StripeFake stripe;

    private static PayPalFake paypal;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithPaymentFakes(PaymentsIT.class, CheckoutProgramme.class);
    }

    @AfterAll
    static void stopTheFakes() {
        ProviderFakes.stop();
        stripe = null;
        paypal = null;
    }

    @BeforeEach
    void aHallOnSaleAndTheProviders() throws SQLException {
        hall = CheckoutProgramme.create(db, 4, 10, 50);
        startProviders();
        stripe.webhookMode(WebhookMode.DELIVER);
        paypal.webhookMode(WebhookMode.DELIVER);
    }

    private static synchronized void startProviders() {
        if (stripe != null) {
            return;
        }
        stripe = ProviderFakes.stripe();
        paypal = ProviderFakes.paypal();
    }

    /**
     * After each test, whatever its races, duplicated and reordered webhooks and failures did: the
     * consistency check over the hall's event (every paid order with exactly one successful payment
     * of its total, its seats and places sold, its tickets and its "order placed" email; no seat
     * sold to an order that is not paid; no money without a paid order).
     */
    @AfterEach
    void theBooksBalance() throws Exception {
        stripe.awaitDeliveries(WAIT);
        paypal.awaitDeliveries(WAIT);
        new Sql(db).assertConsistent(hall.sessionId());
    }

    // ---------------------------------------------------------------- the buyer's return and the webhook

    @Test
    void theReturnAndTheWebhookRacingSellTheOrderOnce() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 2);
        StartedPayment started = payments.start(order, "en");
        assertFalse(started.paid());
        assertTrue(started.clientSecret().startsWith(started.paymentRef()), started.clientSecret());
        assertEquals(
                number("select total_minor from event_session_order where id = ?", order.orderId()),
                stripe.intent(started.paymentRef()).orElseThrow().amount(),
                "Stripe is asked for exactly the order's total");

        stripe.webhookMode(WebhookMode.HOLD);
        stripe.succeed(started.paymentRef());
        List<Confirmation> answers = race(12, buyer -> {
            if (buyer % 3 == 0) {
                stripe.releaseHeld();
                stripe.events().forEach(e -> stripe.resend(e.eventId()));
                return null;
            }
            return payments.returned(order, started.paymentRef());
        });
        stripe.awaitDeliveries(WAIT);

        assertEquals("PAID", status(order));
        long paidByReturn = answers.stream().filter(a -> a == Confirmation.PAID).count();
        long paidByWebhook =
                number("select count(*) from payment_event where order_id = ? and outcome = 'PAID'", order.orderId());
        assertEquals(1, paidByReturn + paidByWebhook, "one transition, whoever came first: " + answers);
        assertEquals(
                1,
                number("select count(*) from payment_event where order_id = ?", order.orderId()),
                "the event is stored once, however often it came");
        assertEquals(
                1,
                number(
                        "select count(*) from audit_entry where entity_type = 'Order' and entity_id = ?"
                                + " and summary like 'Paid%'",
                        String.valueOf(order.orderId())));
        assertEquals(2, soldSeats(order));
    }

    @Test
    void payPalWebhooksHeldReversedAndDuplicatedCaptureOnce() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.PAYPAL, 1);
        StartedPayment started = payments.start(order, "de");
        assertTrue(started.approvalUrl().contains(started.paymentRef()), started.approvalUrl());

        paypal.webhookMode(WebhookMode.HOLD);
        paypal.approve(started.paymentRef());
        assertEquals(Confirmation.PAID, payments.returned(order, started.paymentRef()), "captured on return");
        paypal.webhookMode(WebhookMode.DUPLICATE);
        paypal.releaseHeldReversed();
        paypal.awaitDeliveries(WAIT);
        paypal.events().forEach(e -> paypal.resend(e.eventId()));
        paypal.awaitDeliveries(WAIT);

        assertEquals("PAID", status(order));
        assertEquals(1, captures(started), "one capture, whatever arrived after it");
        assertEquals(
                2,
                number("select count(*) from payment_event where order_id = ?", order.orderId()),
                "approved and completed, each once");
        assertTrue(paypal.deliveries().stream().allMatch(d -> d.status() == 200), "" + paypal.deliveries());
        assertEquals("de", string("select language from event_session_order where id = ?", order.orderId()));
        assertEquals(Confirmation.ALREADY_CONFIRMED, payments.returned(order, started.paymentRef()));
    }

    @Test
    void aWebhookBeforeTheReturnPaysAndTheReturnFindsItPaid() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.PAYPAL, 1);
        StartedPayment started = payments.start(order, "en");
        paypal.approve(started.paymentRef());
        paypal.awaitDeliveries(WAIT);
        eventually(() -> "PAID".equals(status(order)), "the approval's webhook captured and sold it");
        assertEquals(Confirmation.ALREADY_CONFIRMED, payments.returned(order, started.paymentRef()));
        assertEquals(1, captures(started));
    }

    // ---------------------------------------------------------------- after the hold ran out

    @Test
    void aLatePaymentWhoseSeatsAreStillFreeIsSold() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 2);
        StartedPayment started = payments.start(order, "en");
        holdRanOut(order, Duration.ofSeconds(30));
        assertEquals(
                0,
                holdRelease.releaseExpired(200).stream()
                        .filter(e -> e.orderId() == order.orderId())
                        .count(),
                "the sweeper leaves an order with a payment open to the reconciliation");

        stripe.succeed(started.paymentRef());
        stripe.awaitDeliveries(WAIT);

        assertEquals("PAID", status(order));
        assertEquals("LATE", string("select attention from payment where order_id = ?", order.orderId()));
        assertEquals(2, soldSeats(order));
    }

    @Test
    void aLatePaymentWhoseSeatIsTakenIsPaidBackOnceAndTheBuyerTold() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        long seat = heldSeats(order).get(0);
        StartedPayment started = payments.start(order, "en");
        holdRanOut(order, Duration.ofSeconds(30));
        OrderAccess other = started(1);
        seats.claim(other, seat);

        stripe.succeed(started.paymentRef());
        stripe.awaitDeliveries(WAIT);
        assertEquals("REFUND_DUE", string("select status from payment where order_id = ?", order.orderId()));
        assertEquals("PENDING", status(order), "never PAID without its seats");

        reconciliation.run();
        reconciliation.run();
        eventually(
                () -> "REFUNDED".equals(string("select status from payment where order_id = ?", order.orderId())),
                "paid back");
        List<StripeFake.Refund> refunds = refunds(started);
        assertEquals(1, refunds.size(), "paid back once, however often the worker ran");
        assertEquals(
                number("select amount_minor from payment where order_id = ?", order.orderId()),
                refunds.get(0).amount());
        assertEquals(
                1,
                number(
                        "select count(*) from outbox_message where dedupe_key = 'payment-refunded:' ||"
                                + " (select id from payment where order_id = ?)",
                        order.orderId()),
                "the buyer is told once");
        assertEquals(List.of(seat), heldSeats(other), "the other buyer keeps the seat");
    }

    @Test
    void anAbandonedPaymentLetsTheOrderExpireAndALateSuccessIsPaidBack() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        StartedPayment started = payments.start(order, "en");
        holdRanOut(order, Duration.ofMinutes(5));

        reconciliation.run();
        assertEquals(
                "ABANDONED",
                string("select status from payment where order_id = ?", order.orderId()),
                "Stripe says it is not paid, and the hold ran out long ago");
        holdRelease.releaseExpired(200);
        assertEquals("CANCELLED", status(order));

        stripe.succeed(started.paymentRef());
        stripe.awaitDeliveries(WAIT);
        assertEquals("CANCELLED", status(order), "a cancelled order stays cancelled");
        reconciliation.run();
        eventually(() -> refunds(started).size() == 1, "the money went back");
    }

    // ---------------------------------------------------------------- a lost confirmation

    @Test
    void aConfirmationThatNeverArrivedIsFoundByTheReconciliation() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 2);
        StartedPayment started = payments.start(order, "en");
        stripe.webhookMode(WebhookMode.DROP);
        stripe.succeed(started.paymentRef()); // the buyer paid, then their browser died: no return, no webhook
        holdRanOut(order, Duration.ofSeconds(30));

        reconciliation.run();

        assertEquals("PAID", status(order));
        assertEquals(2, soldSeats(order));
        assertTrue(List.of("LATE", "RECONCILED")
                .contains(string("select attention from payment where order_id = ?", order.orderId())));
    }

    @Test
    void aConfirmationLostOnOurSideIsRecoveredByTheWebhookDeliveredAgain() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        StartedPayment started = payments.start(order, "en");
        stripe.webhookMode(WebhookMode.DROP);
        stripe.succeed(started.paymentRef());
        assertEquals("PENDING", status(order));

        stripe.webhookMode(WebhookMode.DELIVER);
        stripe.events().forEach(e -> stripe.resend(e.eventId()));
        stripe.awaitDeliveries(WAIT);
        assertEquals("PAID", status(order));
    }

    // ---------------------------------------------------------------- the providers failing

    @Test
    void errorsAndTimeoutsOfTheProviderChargeNothingAndStartingAgainIsSafe() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        stripe.failNext(FakeOperation.CREATE, 500);
        assertThrows(ProviderUnavailable.class, () -> payments.start(order, "en"));
        stripe.delayNext(FakeOperation.CREATE, Duration.ofSeconds(5));
        assertThrows(ProviderUnavailable.class, () -> payments.start(order, "en"), "the client gave up after 3 s");
        StartedPayment started = payments.start(order, "en");

        assertEquals(
                2,
                number(
                        "select count(*) from payment where order_id = ? and status = 'FAILED' and payment_ref is null",
                        order.orderId()),
                "a create that failed is never reused: Stripe would replay its failure for the same key");
        assertEquals(
                1, number("select count(*) from payment where order_id = ? and status = 'STARTED'", order.orderId()));
        stripe.succeed(started.paymentRef());
        stripe.awaitDeliveries(WAIT);
        assertEquals("PAID", status(order));
    }

    @Test
    void changingTheSeatsAfterThePaymentStartedSellsNothingForTheOldPrice() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        StartedPayment started = payments.start(order, "en");
        long first = heldSeats(order).get(0);
        seats.release(order, first);
        seats.claim(order, hall.seatIds().get(nextSeat.getAndIncrement()));
        checkout.chooseAmount(order, 1, Map.of());
        // Another tab: a second seat for the same money.
        checkout.chooseAmount(order, 2, Map.of());
        seats.claim(order, hall.seatIds().get(nextSeat.getAndIncrement()));

        stripe.succeed(started.paymentRef());
        stripe.awaitDeliveries(WAIT);
        assertEquals("PENDING", status(order), "two seats are not sold for the price of one");
        assertEquals("REFUND_DUE", string("select status from payment where order_id = ?", order.orderId()));
        assertEquals(0, soldSeats(order));
    }

    @Test
    void aFailedCaptureChargesNothingAndTheNextReturnCaptures() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.PAYPAL, 1);
        StartedPayment started = payments.start(order, "en");
        paypal.webhookMode(WebhookMode.DROP);
        paypal.approve(started.paymentRef());
        paypal.failNext(FakeOperation.CAPTURE, 503);
        assertThrows(ProviderUnavailable.class, () -> payments.returned(order, started.paymentRef()));
        assertEquals("PENDING", status(order));
        assertEquals(0, captures(started));
        paypal.delayNext(FakeOperation.CAPTURE, Duration.ofSeconds(5));
        assertThrows(ProviderUnavailable.class, () -> payments.returned(order, started.paymentRef()));

        assertEquals(Confirmation.PAID, payments.returned(order, started.paymentRef()));
        assertEquals(1, captures(started), "the timed-out capture and the retry are one capture");
    }

    // ---------------------------------------------------------------- refusals that change nothing

    @Test
    void aForgedOrAlteredWebhookIsRefusedAndStoresNothing() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 1);
        StartedPayment started = payments.start(order, "en");
        stripe.webhookMode(WebhookMode.DROP);
        stripe.succeed(started.paymentRef());
        WebhookRequest forged = stripe.forgedEvent("payment_intent.succeeded", started.paymentRef());
        WebhookRequest signed = stripe.signedEvent("payment_intent.succeeded", started.paymentRef());
        WebhookRequest altered = signed.withBody(signed.body().replace(started.paymentRef(), "pi_someone_else"));

        assertThrows(ForgedWebhook.class, () -> webhooks.receive(Provider.STRIPE, forged.headers(), forged.body()));
        assertThrows(ForgedWebhook.class, () -> webhooks.receive(Provider.STRIPE, altered.headers(), altered.body()));

        assertEquals("PENDING", status(order));
        assertEquals(0, number("select count(*) from payment_event where payment_ref = ?", started.paymentRef()));
        assertEquals("PAID", webhooks.receive(Provider.STRIPE, signed.headers(), signed.body()));
    }

    @Test
    void anotherOrdersPaymentAndAPaymentNotMatchingTheOrderAreRefused() throws Exception {
        OrderAccess mine = readyToPay(PaymentMethod.CARD, 1);
        OrderAccess theirs = readyToPay(PaymentMethod.CARD, 1);
        StartedPayment theirPayment = payments.start(theirs, "en");
        payments.start(mine, "en");
        stripe.webhookMode(WebhookMode.DROP);
        stripe.succeed(theirPayment.paymentRef());

        assertThrows(InvalidInput.class, () -> payments.returned(mine, theirPayment.paymentRef()));
        assertEquals("PENDING", status(mine));
        assertEquals("PENDING", status(theirs), "asking about another's payment changed nothing");

        // The provider took another amount than the order's total: refused, flagged, paid back.
        update("update payment set amount_minor = amount_minor + 100 where order_id = ?", theirs.orderId());
        assertEquals(Confirmation.REFUND_DUE, payments.returned(theirs, theirPayment.paymentRef()));
        assertEquals("PENDING", status(theirs));
        assertEquals("MISMATCH", string("select attention from payment where order_id = ?", theirs.orderId()));
    }

    @Test
    void aPaidOrderTakesNoSecondPaymentAndASecondOneIsPaidBack() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.PAYPAL, 1);
        StartedPayment byPayPal = payments.start(order, "en");
        checkout.choosePaymentMethod(order, PaymentMethod.CARD);
        StartedPayment byCard = payments.start(order, "en");
        stripe.succeed(byCard.paymentRef());
        stripe.awaitDeliveries(WAIT);
        assertEquals("PAID", status(order));

        assertThrows(OrderClosed.class, () -> payments.start(order, "en"), "nothing more to pay");
        paypal.webhookMode(WebhookMode.DROP);
        paypal.approve(byPayPal.paymentRef());
        assertEquals(Confirmation.REFUND_DUE, payments.returned(order, byPayPal.paymentRef()));
        reconciliation.run();
        eventually(
                () -> paypal.refunds().stream().anyMatch(r -> paypal.captures().stream()
                        .anyMatch(
                                c -> c.id().equals(r.captureId()) && c.orderId().equals(byPayPal.paymentRef()))),
                "the second payment went back");
        assertEquals(
                "AUTO_REFUNDED",
                string("select attention from payment where order_id = ? and provider = 'PAYPAL'", order.orderId()));
    }

    @Test
    void anOrderAPromoCodeMadeFreeIsPaidWithoutAProvider() throws Exception {
        OrderAccess order = readyToPay(PaymentMethod.CARD, 2);
        long eventId = number("select event_id from event_session where id = ?", hall.sessionId());
        PromoCodeDraft draft = new PromoCodeDraft();
        draft.setCode("free" + Long.toString(System.nanoTime(), 36));
        draft.setKind(DiscountKind.PERCENT);
        draft.setAmount(BigDecimal.valueOf(100));
        String code = Callers.as(
                ADMIN, Role.ADMIN, () -> promoCodes.create(eventId, draft).code());
        orderPromos.apply(order, code, "free@example.org");

        StartedPayment started = payments.start(order, "en");

        assertTrue(started.paid());
        assertEquals("PAID", status(order));
        assertEquals(0, number("select count(*) from payment where order_id = ?", order.orderId()));
        assertEquals(0, intents(order), "no provider was asked");
        assertEquals("FINAL", string("select state from promo_code_use where order_id = ?", order.orderId()));
    }

    // ---------------------------------------------------------------- helpers

    private static long intents(OrderAccess order) {
        return stripe.intents().stream()
                .filter(i -> String.valueOf(order.orderId()).equals(i.metadata().get("order_id")))
                .count();
    }

    private static List<StripeFake.Refund> refunds(StartedPayment payment) {
        return stripe.refunds().stream()
                .filter(r -> payment.paymentRef().equals(r.paymentIntent()))
                .toList();
    }

    private static long captures(StartedPayment payment) {
        return paypal.captures().stream()
                .filter(c -> payment.paymentRef().equals(c.orderId()))
                .count();
    }

    /** A guest's order at the payment step, holding {@code count} seats, with the method chosen. */
    private OrderAccess readyToPay(PaymentMethod method, int count) {
        OrderAccess order = started(count);
        checkout.giveAddress(
                order,
                new OrderCheckout.AddressForm(
                        "Ana Silva",
                        "ana+" + order.orderId() + "@example.com",
                        "Rua Augusta 1",
                        "1100-048",
                        "Lisbon",
                        "Portugal",
                        false,
                        "en"));
        for (int i = 0; i < count; i++) {
            seats.claim(order, hall.seatIds().get(nextSeat.getAndIncrement()));
        }
        checkout.confirmSeats(order);
        checkout.choosePaymentMethod(order, method);
        return order;
    }

    private OrderAccess started(int tickets) {
        StartedOrder started = orders.start(hall.sessionId(), Buyer.guest());
        OrderAccess order = OrderAccess.of(started.orderId(), started.token());
        checkout.chooseAmount(order, tickets, Map.of());
        return order;
    }

    /** The order's hold (and its seats') ran out {@code ago}, as if that time had passed. */
    private void holdRanOut(OrderAccess order, Duration ago) throws SQLException {
        Instant expiry = Instant.now().minus(ago);
        update(
                "update event_session_order set created_at = ?, expire_if_not_completed_at = ? where id = ?",
                java.sql.Timestamp.from(expiry.minus(Duration.ofMinutes(30))),
                java.sql.Timestamp.from(expiry),
                order.orderId());
        update(
                "update session_seat set held_until = ? where order_id = ?",
                java.sql.Timestamp.from(expiry),
                order.orderId());
        update(
                "update promo_code_use set held_until = ? where order_id = ?",
                java.sql.Timestamp.from(expiry),
                order.orderId());
    }

    private String status(OrderAccess order) {
        return string("select status from event_session_order where id = ?", order.orderId());
    }

    private long soldSeats(OrderAccess order) throws SQLException {
        return number(
                "select count(*) from session_seat where order_id = ? and held_until > '9000-01-01'", order.orderId());
    }

    private List<Long> heldSeats(OrderAccess order) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select seat_id from session_seat where order_id = ? order by 1")) {
            query.setLong(1, order.orderId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }

    /** Runs the buyers on real threads, a thread each, released together; their answers in order. */
    private static <T> List<T> race(int buyers, Races.Buyer<T> buyer) throws Exception {
        return Races.run(buyers, buyers, Duration.ofSeconds(120), buyer);
    }

    /** Polls until the condition holds (the webhook thread and the timers run beside the test). */
    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        Waits.until(what, WAIT, condition::getAsBoolean);
    }

    private long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement query = prepare(connection, sql, parameters);
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
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
