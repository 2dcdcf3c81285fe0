package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.PasswordHash;
import org.marquee.core.identity.Role;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.payment.RefundAttempts;
import org.marquee.core.payment.RefundOutcome;
import org.marquee.core.payment.RefundPolicies;
import org.marquee.core.payment.RefundRefused;
import org.marquee.core.payment.RefundView;
import org.marquee.core.payment.RefundWorker;
import org.marquee.core.payment.Refunds;
import org.marquee.core.team.NotInScope;

/**
 * Refunds inside the server on PostgreSQL, through stripe-java against the loopback Stripe fake:
 * one ticket and then the rest (seats back on sale, the order REFUNDED, both emails queued), a
 * refund whose answer was lost and that is asked again with the same key (paid once), a refund
 * above what is left, and venue staff refunding another venue's order or without their team's
 * leave: refused, nothing changed, nothing asked of the provider.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class RefundsIT {

    private static final String ADMIN = "refunds-admin@marquee.test";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @EJB
    private SeatClaims seats;

    @EJB
    private Refunds refunds;

    @EJB
    private RefundAttempts attempts;

    @EJB
    private RefundWorker worker;

    @EJB
    private RefundPolicies policies;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    private CheckoutProgramme hall;
    private SalesDesk desk;
    private StripeFake stripe;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithPaymentFakes(
                RefundsIT.class, CheckoutProgramme.class, SalesDesk.class, SalesDesk.Sold.class);
    }

    @AfterAll
    static void stopTheFakes() {
        ProviderFakes.stop();
    }

    @BeforeEach
    void aHallWithPaidOrders() throws SQLException {
        hall = CheckoutProgramme.create(db, 4, 10, 50);
        stripe = ProviderFakes.stripe();
        stripe.webhookMode(WebhookMode.DELIVER);
        desk = new SalesDesk(hall, stripe, db);
    }

    @Test
    void oneTicketThenTheRestPaysBackTheTotalOnceAndFreesTheSeats() throws Exception {
        SalesDesk.Sold sold = desk.paid(3, "de");
        long total = desk.number("select total_minor from event_session_order where id = ?", sold.orderId());
        RefundView before = asAdmin(() -> refunds.adminView(sold.orderId()));
        assertEquals(3, before.tickets().size());
        RefundView.Ticket first = before.tickets().get(0);
        assertEquals(4000, first.price().minor(), "a stalls seat cost 40.00");

        assertEquals(
                RefundOutcome.REFUNDED,
                asAdmin(() -> refunds.refundAsAdmin(sold.orderId(), Set.of(first.key()), null)));
        assertEquals("PAID", status(sold), "a partial refund keeps the order paid");
        assertEquals(4000, desk.number("select refunded_minor from event_session_order where id = ?", sold.orderId()));
        assertEquals(2, desk.number("select tickets from event_session_order where id = ?", sold.orderId()));
        long seatId = Long.parseLong(first.key().substring(1));
        assertEquals(
                0,
                desk.number(
                        "select count(*) from session_seat where seat_id = ? and session_id = ? and order_id is not null",
                        seatId,
                        hall.sessionId()),
                "the refunded seat is for sale again");
        assertEquals(List.of(4000L), providerRefunds(sold));

        RefundView middle = asAdmin(() -> refunds.adminView(sold.orderId()));
        assertEquals(total - 4000, middle.left().minor());
        assertEquals(
                RefundOutcome.REFUNDED,
                asAdmin(() -> refunds.refundAsAdmin(
                        sold.orderId(), Set.of(), middle.left().amount())));
        assertEquals("REFUNDED", status(sold));
        assertEquals(total, desk.number("select refunded_minor from event_session_order where id = ?", sold.orderId()));
        assertEquals(List.of(4000L, total - 4000), providerRefunds(sold));
        assertEquals(
                0,
                desk.number("select count(*) from session_seat where order_id = ?", sold.orderId()),
                "every seat is free again");
        assertEquals(
                2,
                desk.number(
                        "select count(*) from outbox_message where dedupe_key like 'order-refunded:%' and recipient = ?",
                        sold.email()),
                "one 'order refunded' email per refund");
        assertThrows(
                RefundRefused.class,
                () -> asAdmin(() -> refunds.refundAsAdmin(sold.orderId(), Set.of(), BigDecimal.ONE)),
                "a refunded order has nothing left");
    }

    @Test
    void aPayPalOrderIsPaidBackThroughItsCaptureOneTicketThenTheRest() throws Exception {
        PayPalFake paypal = ProviderFakes.paypal();
        paypal.webhookMode(WebhookMode.DELIVER);
        SalesDesk.Sold sold = desk.paidByPayPal(paypal, 2, "en");
        long total = desk.number("select total_minor from event_session_order where id = ?", sold.orderId());
        RefundView before = asAdmin(() -> refunds.adminView(sold.orderId()));
        RefundView.Ticket first = before.tickets().get(0);

        assertEquals(
                RefundOutcome.REFUNDED,
                asAdmin(() -> refunds.refundAsAdmin(sold.orderId(), Set.of(first.key()), null)));
        assertEquals("PAID", status(sold));
        assertEquals(List.of(new BigDecimal("40.00")), payPalRefunds(paypal, sold));

        RefundView middle = asAdmin(() -> refunds.adminView(sold.orderId()));
        assertEquals(
                RefundOutcome.REFUNDED,
                asAdmin(() -> refunds.refundAsAdmin(
                        sold.orderId(), Set.of(), middle.left().amount())));
        assertEquals("REFUNDED", status(sold));
        assertEquals(
                BigDecimal.valueOf(total, 2),
                payPalRefunds(paypal, sold).stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                "the whole capture went back, in two refunds");
        assertEquals(2, payPalRefunds(paypal, sold).size());
        assertEquals(
                0,
                desk.number("select count(*) from session_seat where order_id = ?", sold.orderId()),
                "every seat is free again");
        assertThrows(
                RefundRefused.class,
                () -> asAdmin(() -> refunds.refundAsAdmin(sold.orderId(), Set.of(), BigDecimal.ONE)));
        assertEquals(2, payPalRefunds(paypal, sold).size(), "a refused refund asks PayPal nothing");
    }

    /** The amounts PayPal's fake refunded from the order's capture, in order. */
    private List<BigDecimal> payPalRefunds(PayPalFake paypal, SalesDesk.Sold sold) {
        String capture = desk.string(
                "select capture_ref from payment where order_id = ? and capture_ref is not null", sold.orderId());
        return paypal.refunds().stream()
                .filter(r -> r.captureId().equals(capture))
                .map(r -> new BigDecimal(r.value()))
                .toList();
    }

    @Test
    void aRefundWhoseAnswerWasLostIsAskedAgainWithItsKeyAndPaysOnce() throws Exception {
        SalesDesk.Sold sold = desk.paid(2, "en");
        stripe.delayNext(FakeOperation.REFUND, Duration.ofSeconds(5));
        RefundView view = asAdmin(() -> refunds.adminView(sold.orderId()));
        assertEquals(
                RefundOutcome.RETRYING,
                asAdmin(() -> refunds.refundAsAdmin(
                        sold.orderId(), Set.of(view.tickets().get(1).key()), null)),
                "the provider's answer came after our timeout");
        assertEquals("PAID", status(sold));
        long refundId = desk.number("select id from order_refund where order_id = ?", sold.orderId());
        Waits.until(
                "the fake made the refund after all",
                WAIT,
                () -> providerRefunds(sold).size() == 1);

        attempts.attempt(refundId, true);
        attempts.attempt(refundId, true);
        worker.run();
        assertEquals("SUCCEEDED", desk.string("select status from order_refund where id = ?", refundId));
        assertEquals(1, providerRefunds(sold).size(), "paid once, however often asked");
        assertEquals(4000, desk.number("select refunded_minor from event_session_order where id = ?", sold.orderId()));
        assertEquals(
                1,
                desk.number("select count(*) from outbox_message where dedupe_key = ?", "order-refunded:" + refundId));
    }

    @Test
    void aRefundAboveWhatIsLeftIsRefusedAndChangesNothing() throws Exception {
        SalesDesk.Sold sold = desk.paid(1, "en");
        long total = desk.number("select total_minor from event_session_order where id = ?", sold.orderId());
        RefundRefused refused = assertThrows(
                RefundRefused.class,
                () -> asAdmin(() -> refunds.refundAsAdmin(sold.orderId(), Set.of(), BigDecimal.valueOf(total + 1, 2))));
        assertEquals("refund.aboveLeft", refused.messageKey());
        assertEquals(0, desk.number("select count(*) from order_refund where order_id = ?", sold.orderId()));
        assertEquals(List.of(), providerRefunds(sold));
        assertEquals("PAID", status(sold));
    }

    @Test
    void venueStaffRefundOnlyTheirVenuesOrdersAndManagersOnlyWithLeave() throws Exception {
        SalesDesk.Sold sold = desk.paid(2, "en");
        CheckoutProgramme other = CheckoutProgramme.create(db, 1, 2, 1);
        String stranger = member("stranger", other.venueId(), "OWNER");
        String manager = member("manager", hall.venueId(), "MANAGER");
        String owner = member("owner", hall.venueId(), "OWNER");

        assertThrows(
                NotInScope.class,
                () -> Callers.as(
                        stranger,
                        Role.VENUE,
                        () -> refunds.refundAsVenueStaff(sold.orderId(), Set.of(), BigDecimal.ONE)));
        assertThrows(NotInScope.class, () -> Callers.as(stranger, Role.VENUE, () -> refunds.venueView(sold.orderId())));
        RefundRefused notAllowed = assertThrows(
                RefundRefused.class,
                () -> Callers.as(
                        manager,
                        Role.VENUE,
                        () -> refunds.refundAsVenueStaff(sold.orderId(), Set.of(), BigDecimal.ONE)));
        assertEquals("refund.managersMayNot", notAllowed.messageKey());
        assertEquals(0, desk.number("select count(*) from order_refund where order_id = ?", sold.orderId()));
        assertEquals(List.of(), providerRefunds(sold));

        Callers.as(owner, Role.VENUE, () -> policies.allowManagers(hall.venueId(), true));
        assertEquals(
                RefundOutcome.REFUNDED,
                Callers.as(
                        manager,
                        Role.VENUE,
                        () -> refunds.refundAsVenueStaff(sold.orderId(), Set.of(), new BigDecimal("5.00"))));
        assertEquals(List.of(500L), providerRefunds(sold));
        assertEquals(manager, desk.string("select requested_by from order_refund where order_id = ?", sold.orderId()));
    }

    // ---------------------------------------------------------------- helpers

    private String member(String name, long venueId, String role) {
        String email = name + "-" + System.nanoTime() + "@refunds.test";
        long user = desk.number("select nextval('app_user_seq')");
        desk.update(
                "insert into app_user (id, email, display_name, password_hash, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)",
                user,
                email,
                name,
                PasswordHash.hash("refunds-password-1"),
                java.sql.Timestamp.from(Instant.now()));
        desk.update("insert into user_role (user_id, role) values (?, 'VENUE')", user);
        desk.update(
                "insert into venue_person (id, venue_id, user_id, role, since) values (nextval('venue_person_seq'), ?, ?, ?, ?)",
                venueId,
                user,
                role,
                java.sql.Timestamp.from(Instant.now()));
        return email;
    }

    private List<Long> providerRefunds(SalesDesk.Sold sold) {
        return stripe.refunds().stream()
                .filter(r -> sold.paymentRef().equals(r.paymentIntent()))
                .map(StripeFake.Refund::amount)
                .toList();
    }

    private String status(SalesDesk.Sold sold) {
        return desk.string("select status from event_session_order where id = ?", sold.orderId());
    }

    private static <T> T asAdmin(java.util.concurrent.Callable<T> call) {
        return Callers.as(ADMIN, Role.ADMIN, call);
    }
}
