package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.Orders;
import org.marquee.core.payment.CancellationLedger;
import org.marquee.core.payment.CancellationProgress;
import org.marquee.core.payment.CancellationRunner;
import org.marquee.core.payment.Cancellations;

/**
 * Cancelling a session with 50 paid orders and two in checkout, inside the server on PostgreSQL
 * against the Stripe fake: the provider fails the first refunds, answers one after our timeout,
 * and a worker takes rows and dies (its leases run out); the job is run again. In the end every
 * order is CANCELLED, each paid one paid back its total exactly once at Stripe, every buyer got
 * exactly one "order cancelled" email, and every seat is free.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class CancellationsIT {

    private static final String ADMIN = "cancel-admin@marquee.test";
    private static final int PAID = 50;

    @EJB
    private Orders orders;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private Cancellations cancellations;

    @EJB
    private CancellationLedger ledger;

    @EJB
    private CancellationRunner runner;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithPaymentFakes(
                CancellationsIT.class, CheckoutProgramme.class, SalesDesk.class, SalesDesk.Sold.class);
    }

    @AfterAll
    static void stopTheFakes() {
        ProviderFakes.stop();
    }

    @Test
    void fiftyPaidOrdersArePaidBackExactlyOnceThroughFailuresAndARestart() throws Exception {
        CheckoutProgramme hall = CheckoutProgramme.create(db, 6, 10, 1);
        StripeFake stripe = ProviderFakes.stripe();
        stripe.webhookMode(WebhookMode.DELIVER);
        SalesDesk desk = new SalesDesk(hall, stripe, db);
        List<SalesDesk.Sold> sold = new ArrayList<>();
        for (int i = 0; i < PAID; i++) {
            sold.add(desk.paid(1, i % 2 == 0 ? "en" : "de"));
        }
        OrderAccess inCheckout1 = desk.readyToPay(1, "en");
        OrderAccess inCheckout2 = desk.readyToPay(2, "de");

        stripe.failNext(FakeOperation.REFUND, 500, 7);
        long job = Callers.as(ADMIN, Role.ADMIN, () -> cancellations.cancelSession(hall.sessionId()));
        assertEquals("CANCELLED", desk.string("select status from event_session where id = ?", hall.sessionId()));
        // A worker on another node takes rows and dies with them: they wait for their lease to run out.
        List<CancellationLedger.Item> taken = ledger.take(5, "node-that-died");
        stripe.delayNext(FakeOperation.REFUND, Duration.ofSeconds(5));
        runner.runOnce(10);

        desk.update(
                "update cancellation_item set lease_until = ? where lease_owner = 'node-that-died'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
        assertTrue(taken.size() > 0);
        Callers.as(ADMIN, Role.ADMIN, () -> cancellations.cancelSession(hall.sessionId()));
        // Each round makes the waiting items and refunds due now (their back-off would otherwise
        // take minutes) and runs the job; until every order is done.
        CancellationProgress progress = Waits.until(
                "the cancellation job finishes",
                Duration.ofMinutes(3),
                () -> {
                    desk.update(
                            "update cancellation_item set next_attempt_at = ? where job_id = ? and status = 'PENDING'",
                            java.sql.Timestamp.from(Instant.now()),
                            job);
                    desk.update(
                            "update order_refund set retry_at = ? where status = 'REQUESTED'",
                            java.sql.Timestamp.from(Instant.now()));
                    runner.runAll();
                    return Callers.as(ADMIN, Role.ADMIN, () -> cancellations.progress(job));
                },
                CancellationProgress::finished);
        assertTrue(progress.finished(), "the job finished: " + progress);
        assertEquals(PAID + 2, progress.orders());
        assertEquals(PAID, progress.refunded());
        assertEquals(2, progress.cancelledUnpaid());

        Map<String, List<Long>> refunds = stripe.refunds().stream()
                .collect(Collectors.groupingBy(
                        StripeFake.Refund::paymentIntent,
                        Collectors.mapping(StripeFake.Refund::amount, Collectors.toList())));
        for (SalesDesk.Sold order : sold) {
            long total = desk.number("select total_minor from event_session_order where id = ?", order.orderId());
            assertEquals(List.of(total), refunds.get(order.paymentRef()), "paid back once: " + order.orderId());
            assertEquals(
                    "CANCELLED", desk.string("select status from event_session_order where id = ?", order.orderId()));
            assertEquals(
                    total, desk.number("select refunded_minor from event_session_order where id = ?", order.orderId()));
            assertEquals(
                    1,
                    desk.number(
                            "select count(*) from outbox_message where dedupe_key = ?",
                            "order-cancelled:" + order.orderId()));
        }
        for (OrderAccess pending : List.of(inCheckout1, inCheckout2)) {
            assertEquals(
                    "CANCELLED", desk.string("select status from event_session_order where id = ?", pending.orderId()));
            assertEquals(
                    1,
                    desk.number(
                            "select count(*) from outbox_message where dedupe_key = ?",
                            "order-cancelled:" + pending.orderId()));
        }
        assertEquals(
                0,
                desk.number(
                        "select count(*) from session_seat where session_id = ? and order_id is not null",
                        hall.sessionId()),
                "every seat is free");
        assertEquals(
                PAID,
                desk.number(
                        "select count(*) from order_refund r join event_session_order o on o.id = r.order_id"
                                + " where o.session_id = ? and r.status = 'SUCCEEDED' and r.reason = 'CANCELLED'",
                        hall.sessionId()));
    }
}
