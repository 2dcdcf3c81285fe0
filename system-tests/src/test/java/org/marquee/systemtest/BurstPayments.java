package org.marquee.systemtest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.systemtest.LoadClient.Answer;

/**
 * The paying half of an on-sale burst: every buyer who got seats or places takes the checkout
 * API's steps (amount, address, seats confirmed, card, payment), confirms the card at the Stripe
 * fake as Stripe's form would, and the fake's signed webhook makes the order PAID. A {@link
 * Fault} is played during the phase; a 503 (the provider did not answer, nothing charged) is
 * asked again, as the payment page lets a buyer do, up to five times, then the buyer gives up
 * (counted: their order expires and its seats go back).
 *
 * <p>Afterwards {@link Figures#problems()} lists what went wrong with the money: an order paid for
 * that is not PAID (a lost paid order), a PAID order without exactly one successful payment, or a
 * PaymentIntent the fake took money for that no successful payment records (lost or doubled
 * payments). The harness asserts that list is empty after every round, whatever the fault.
 */
final class BurstPayments {

    /** What the payment side does wrong during a round. */
    enum Fault {
        NONE,
        /** One create in five answers 500: that buyer sees a 503 and asks again. */
        CREATE_ERRORS,
        /** One create in five answers after the server's payment timeout (3 s in the tests): a 503, asked again. */
        CREATE_TIMEOUTS,
        /** Every webhook is delivered twice. */
        DUPLICATED_WEBHOOKS,
        /**
         * Webhooks are held until every buyer has paid, then sent last first; one buyer in five
         * was declined once before paying, so a late {@code payment_intent.payment_failed} arrives
         * after its order was paid.
         */
        DELAYED_REORDERED_WEBHOOKS
    }

    /** A buyer who holds tickets, ready to pay. */
    record Buyer(long orderId, String token, int tickets) {}

    private static final Pattern PAYMENT_REF = Pattern.compile("\"paymentRef\":\"([^\"]+)\"");
    private static final List<String> STEPS = List.of("amount", "address", "seats confirmed", "method", "payment");
    private static final int RETRIES = 5;
    /** Longer than the server's payment timeout of the tests ({@code MARQUEE_PAYMENT_TIMEOUT_SECONDS} 3). */
    private static final Duration TIMEOUT = Duration.ofMillis(3500);

    /** What a paying phase measured; latencies in nanoseconds, sorted. */
    record Figures(
            Fault fault,
            int buyers,
            int paid,
            long paymentsNanos,
            long settledNanos,
            Map<String, long[]> stepLatencies,
            int retries,
            int gaveUp,
            int declinedFirst,
            int webhooksSent,
            int webhooksRefused,
            int errors,
            String errorSample,
            List<String> problems) {

        /** Orders PAID per second, from the first buyer's amount step to the last order PAID. */
        double ordersPerSecond() {
            return paid / (settledNanos / 1e9);
        }
    }

    private final LoadClient http;
    private final StripeFake stripe;
    private final long sessionId;
    private final List<Buyer> buyers;
    private final int clients;
    private final Fault fault;

    private final Map<String, long[]> latencies = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();
    private final Map<Long, String> intents = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger declined = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private volatile String errorSample = "";

    BurstPayments(LoadClient http, StripeFake stripe, long sessionId, List<Buyer> buyers, int clients, Fault fault) {
        this.http = http;
        this.stripe = stripe;
        this.sessionId = sessionId;
        this.buyers = buyers;
        this.clients = clients;
        this.fault = fault;
        for (String step : STEPS) {
            latencies.put(step, new long[buyers.size() * (step.equals("payment") ? RETRIES + 1 : 1)]);
            counts.put(step, new AtomicInteger());
        }
    }

    Figures run() throws Exception {
        int eventsBefore = stripe.deliveries().size();
        switch (fault) {
            case CREATE_ERRORS -> stripe.failNext(FakeOperation.CREATE, 500, Math.max(1, buyers.size() / 5));
            case CREATE_TIMEOUTS -> stripe.delayNext(
                    FakeOperation.CREATE, Duration.ofMillis(3500), Math.max(1, buyers.size() / 5));
            case DUPLICATED_WEBHOOKS -> stripe.webhookMode(WebhookMode.DUPLICATE);
            case DELAYED_REORDERED_WEBHOOKS -> stripe.webhookMode(WebhookMode.HOLD);
            case NONE -> {}
        }
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            pool.execute(() -> {
                int buyer;
                while ((buyer = next.getAndIncrement()) < buyers.size()) {
                    pay(buyers.get(buyer), buyer % 5 == 0);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The buyers did not finish paying");
        }
        long paymentsNanos = System.nanoTime() - started;
        if (fault == Fault.DELAYED_REORDERED_WEBHOOKS) {
            stripe.releaseHeldReversed();
        }
        stripe.webhookMode(WebhookMode.DELIVER);

        Waits.until(
                "every order paid for is PAID",
                Duration.ofMinutes(5),
                () -> TestDatabase.count(
                        "select count(*) from event_session_order where session_id = ? and status = 'PAID'", sessionId),
                paid -> paid >= intents.size());
        long settledNanos = System.nanoTime() - started;
        stripe.awaitDeliveries(Duration.ofMinutes(2));
        List<WebhookDelivery> deliveries = stripe.deliveries();
        List<WebhookDelivery> mine = deliveries.subList(eventsBefore, deliveries.size());

        Map<String, long[]> sorted = new LinkedHashMap<>();
        latencies.forEach((step, values) -> {
            long[] taken = Arrays.copyOf(values, Math.min(counts.get(step).get(), values.length));
            Arrays.sort(taken);
            sorted.put(step, taken);
        });
        return new Figures(
                fault,
                buyers.size(),
                intents.size(),
                paymentsNanos,
                settledNanos,
                sorted,
                retries.get(),
                gaveUp.get(),
                declined.get(),
                mine.size(),
                (int) mine.stream().filter(d -> d.status() != 200).count(),
                errors.get(),
                errorSample,
                problems());
    }

    /** {@code unlucky}: the provider's next create fails or times out (whichever buyer's it is). */
    private void pay(Buyer buyer, boolean unlucky) {
        try {
            String order = "/checkout/api/orders/" + buyer.orderId();
            if (!step("amount", "PUT", order + "/amount", buyer, "{\"tickets\":" + buyer.tickets() + "}")
                    || !step("address", "PUT", order + "/address", buyer, address(buyer))
                    || !step("seats confirmed", "POST", order + "/seats/confirmed", buyer, null)
                    || !step("method", "PUT", order + "/payment-method", buyer, "{\"method\":\"CARD\"}")) {
                return;
            }
            if (unlucky && fault == Fault.CREATE_ERRORS) {
                stripe.failNext(FakeOperation.CREATE, 500);
            } else if (unlucky && fault == Fault.CREATE_TIMEOUTS) {
                stripe.delayNext(FakeOperation.CREATE, TIMEOUT);
            }
            Answer payment = null;
            for (int attempt = 0; attempt <= RETRIES; attempt++) {
                payment = timed("payment", "POST", order + "/payment", buyer, null);
                if (payment.status() != 503) {
                    break;
                }
                retries.incrementAndGet();
                Thread.sleep(100L * (attempt + 1));
            }
            if (payment.status() == 503) {
                gaveUp.incrementAndGet();
                return;
            }
            Matcher ref = PAYMENT_REF.matcher(payment.body());
            if (payment.status() != 200 || !ref.find()) {
                error("payment " + payment.status() + " " + payment.body());
                return;
            }
            String intent = ref.group(1);
            if (fault == Fault.DELAYED_REORDERED_WEBHOOKS && buyer.orderId() % 5 == 0) {
                stripe.fail(intent);
                declined.incrementAndGet();
            }
            stripe.succeed(intent);
            intents.put(buyer.orderId(), intent);
        } catch (IOException e) {
            error("pay " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean step(String step, String method, String path, Buyer buyer, String body) throws IOException {
        Answer answer = timed(step, method, path, buyer, body);
        if (answer.status() != 200) {
            error(step + " " + answer.status() + " " + answer.body());
            return false;
        }
        return true;
    }

    private Answer timed(String step, String method, String path, Buyer buyer, String body) throws IOException {
        long sent = System.nanoTime();
        Answer answer = http.send(method, path, buyer.token(), body);
        int index = counts.get(step).getAndIncrement();
        long[] values = latencies.get(step);
        if (index < values.length) {
            values[index] = System.nanoTime() - sent;
        }
        return answer;
    }

    private static String address(Buyer buyer) {
        return String.format(
                Locale.ROOT,
                "{\"name\":\"Buyer %1$d\",\"email\":\"buyer%1$d@example.org\",\"line\":\"%1$d Burst Street\","
                        + "\"postalCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"}",
                buyer.orderId());
    }

    /**
     * The money's invariants for this session: every order paid for is PAID with exactly one
     * successful payment, that of the intent the buyer confirmed; no other order of the session is
     * PAID; every intent the fake took money for is a successful payment.
     */
    private List<String> problems() throws Exception {
        List<String> problems = new ArrayList<>();
        long paidOrders = TestDatabase.count(
                "select count(*) from event_session_order where session_id = ? and status = 'PAID'", sessionId);
        if (paidOrders != intents.size()) {
            problems.add(paidOrders + " orders PAID, " + intents.size() + " paid for");
        }
        long doubled = TestDatabase.count(
                "select count(*) from (select p.order_id from payment p join event_session_order o on o.id = p.order_id"
                        + " where o.session_id = ? and p.status = 'SUCCEEDED' group by p.order_id"
                        + " having count(*) > 1) d",
                sessionId);
        if (doubled > 0) {
            problems.add(doubled + " orders with more than one successful payment");
        }
        for (Map.Entry<Long, String> paid : intents.entrySet()) {
            long recorded = TestDatabase.count(
                    "select count(*) from payment p join event_session_order o on o.id = p.order_id"
                            + " where p.order_id = ? and p.payment_ref = ? and p.status = 'SUCCEEDED'"
                            + " and o.status = 'PAID'",
                    paid.getKey(),
                    paid.getValue());
            if (recorded != 1) {
                problems.add("order " + paid.getKey() + " paid with " + paid.getValue() + ": " + recorded
                        + " successful payments of a PAID order recorded");
                if (problems.size() > 20) {
                    break;
                }
            }
        }
        return problems;
    }

    private void error(String what) {
        errors.incrementAndGet();
        errorSample = what.length() > 300 ? what.substring(0, 300) : what;
    }
}
