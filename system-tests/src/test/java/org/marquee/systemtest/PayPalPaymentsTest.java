package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.payment.Charge;
import org.marquee.core.payment.ForgedWebhook;
import org.marquee.core.payment.PayPalPayments;
import org.marquee.core.payment.PayPalSettings;
import org.marquee.core.payment.ProviderPayment;
import org.marquee.core.payment.ProviderRefund;
import org.marquee.core.payment.ProviderState;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.core.payment.WebhookEvent;
import org.marquee.core.platform.Money;

/**
 * The PayPal adapter through PayPal's server SDK (with the Jackson the server has) against {@link
 * PayPalFake}, without a server: orders, approval, capture once, refunds, the verification call and
 * failures.
 */
class PayPalPaymentsTest {

    private static final String WEBHOOK_ID = "WH-UNIT";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PayPalFake fake;
    private PayPalPayments paypal;

    @BeforeEach
    void start() {
        fake = PayPalFake.start(0, null, WEBHOOK_ID);
        paypal = new PayPalPayments(settings(WEBHOOK_ID));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private PayPalSettings settings(String webhookId) {
        return new PayPalSettings("client-unit", "secret-unit", webhookId, true, fake.baseUrl(), Duration.ofSeconds(1));
    }

    private static Charge charge(String key, long minor, String currency) {
        return new Charge(
                42,
                "PNR42",
                Money.ofMinor(minor, currency),
                "2 tickets",
                "buyer@example.org",
                "http://127.0.0.1:1/checkout/paypal/return?order=42",
                "http://127.0.0.1:1/checkout/paypal/cancel",
                key);
    }

    private String approvedOrder(String key) {
        String ref = paypal.create(charge(key, 2500, "EUR")).paymentRef();
        fake.approve(ref);
        return ref;
    }

    @Test
    void createsOneOrderPerKeyWithTheOrdersAmountIdsAndReturnAddresses() {
        ProviderPayment first = paypal.create(charge("key-1", 2500, "EUR"));
        ProviderPayment again = paypal.create(charge("key-1", 2500, "EUR"));
        ProviderPayment yen = paypal.create(charge("key-2", 2500, "JPY"));

        assertEquals(first, again);
        assertNull(first.clientSecret());
        assertEquals(fake.baseUrl() + "/checkoutnow?token=" + first.paymentRef(), first.approvalUrl());
        assertEquals(2, fake.orders().size());
        PayPalFake.Order order = fake.order(first.paymentRef()).orElseThrow();
        assertEquals("PAYER_ACTION_REQUIRED", order.status());
        assertEquals("EUR", order.currency());
        assertEquals("25.00", order.value());
        assertEquals("42", order.customId());
        assertEquals("PNR42", order.invoiceId());
        assertEquals("PNR42", order.referenceId());
        assertEquals("2 tickets", order.description());
        assertEquals("http://127.0.0.1:1/checkout/paypal/return?order=42", order.returnUrl());
        assertEquals("http://127.0.0.1:1/checkout/paypal/cancel", order.cancelUrl());
        assertEquals("PAY_NOW", order.userAction());
        assertEquals("2500", fake.order(yen.paymentRef()).orElseThrow().value());
        assertEquals(2500, fake.order(yen.paymentRef()).orElseThrow().minor());
    }

    @Test
    void stateFollowsApprovalAndCaptureAndASecondCaptureTakesNothing() {
        String ref = paypal.create(charge("key-state", 2500, "EUR")).paymentRef();
        ProviderState open = paypal.state(ref);
        assertEquals(ProviderState.Status.OPEN, open.status());
        assertEquals(Money.ofMinor(2500, "EUR"), open.amount());
        assertEquals(42L, open.orderId());
        assertNull(open.captureRef());

        assertEquals(ProviderState.Status.OPEN, paypal.capture(ref).status());
        assertTrue(fake.captures().isEmpty());

        fake.approve(ref);
        assertEquals(ProviderState.Status.APPROVED, paypal.state(ref).status());

        ProviderState captured = paypal.capture(ref);
        assertEquals(ProviderState.Status.SUCCEEDED, captured.status());
        assertEquals(1, fake.captures().size());
        assertEquals(fake.captures().get(0).id(), captured.captureRef());
        assertEquals(Money.ofMinor(2500, "EUR"), captured.amount());
        assertEquals(42L, captured.orderId());

        assertEquals(captured, paypal.capture(ref));
        assertEquals(captured, paypal.state(ref));
        assertEquals(1, fake.captures().size());
    }

    @Test
    void anOrderCapturedElsewhereAnswersItsState() {
        String ref = approvedOrder("key-elsewhere");
        fake.capture(ref);
        ProviderState state = paypal.capture(ref);
        assertEquals(ProviderState.Status.SUCCEEDED, state.status());
        assertEquals(fake.captures().get(0).id(), state.captureRef());
        assertEquals(1, fake.captures().size());
    }

    @Test
    void aDeniedCaptureOrAVoidedOrderHasFailed() {
        String denied = approvedOrder("key-denied");
        fake.denyNextCapture();
        assertEquals(ProviderState.Status.FAILED, paypal.capture(denied).status());
        assertNull(paypal.state(denied).captureRef());
        WebhookRequest event = fake.events().get(fake.events().size() - 1);
        assertEquals("PAYMENT.CAPTURE.DENIED", event.type());
        ProviderState fromEvent =
                paypal.verify(event.headers(), event.body()).payment().orElseThrow();
        assertEquals(ProviderState.Status.FAILED, fromEvent.status());
        assertEquals(denied, fromEvent.paymentRef());

        String voided = paypal.create(charge("key-void", 2500, "EUR")).paymentRef();
        fake.voidOrder(voided);
        assertEquals(ProviderState.Status.FAILED, paypal.state(voided).status());
    }

    @Test
    void theApprovalPageSendsTheBuyerBackWithTokenAndPayerIdOrToTheCancelAddress() throws Exception {
        ProviderPayment payment = paypal.create(charge("key-page", 2500, "EUR"));
        String page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(payment.approvalUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(page.contains("id=\"paypal-approve\"") && page.contains("id=\"paypal-cancel\""), page);
        assertTrue(page.contains("25.00 EUR"), page);

        HttpResponse<String> approved = post(URI.create(payment.approvalUrl() + "&answer=approve"));
        assertEquals(303, approved.statusCode());
        String location = approved.headers().firstValue("Location").orElseThrow();
        assertTrue(
                location.startsWith("http://127.0.0.1:1/checkout/paypal/return?order=42&token=" + payment.paymentRef()
                        + "&PayerID="),
                location);
        assertEquals(
                ProviderState.Status.APPROVED,
                paypal.state(payment.paymentRef()).status());

        ProviderPayment other = paypal.create(charge("key-page-cancel", 2500, "EUR"));
        HttpResponse<String> cancelled = post(URI.create(other.approvalUrl() + "&answer=cancel"));
        assertEquals(
                "http://127.0.0.1:1/checkout/paypal/cancel?token=" + other.paymentRef(),
                cancelled.headers().firstValue("Location").orElseThrow());
        assertEquals(ProviderState.Status.OPEN, paypal.state(other.paymentRef()).status());
    }

    @Test
    void refundsPartlyThenTheRestAndRefusesMoreThanIsLeft() {
        String ref = approvedOrder("key-refund");
        assertThrows(ProviderUnavailable.class, () -> paypal.refund(ref, null, Money.ofMinor(100, "EUR"), "r0"));
        String capture = paypal.capture(ref).captureRef();

        ProviderRefund part = paypal.refund(ref, capture, Money.ofMinor(1000, "EUR"), "r1");
        assertEquals(part, paypal.refund(ref, capture, Money.ofMinor(1000, "EUR"), "r1"));
        assertEquals(Money.ofMinor(1000, "EUR"), part.amount());
        assertFalse(part.pending());
        assertEquals(1, fake.refunds().size());
        assertEquals("10.00", fake.refunds().get(0).value());

        assertThrows(ProviderUnavailable.class, () -> paypal.refund(ref, capture, Money.ofMinor(1501, "EUR"), "r2"));
        ProviderRefund rest = paypal.refund(ref, null, Money.ofMinor(1500, "EUR"), "r3");
        assertEquals(Money.ofMinor(1500, "EUR"), rest.amount());
        assertNotEquals(part.refundRef(), rest.refundRef());
        assertThrows(ProviderUnavailable.class, () -> paypal.refund(ref, capture, Money.ofMinor(1, "EUR"), "r4"));
        assertEquals(
                List.of("10.00", "15.00"),
                fake.refunds().stream().map(PayPalFake.Refund::value).toList());
        assertEquals(ProviderState.Status.SUCCEEDED, paypal.state(ref).status());
    }

    @Test
    void refundsInACurrencyWithoutDecimals() {
        String ref = paypal.create(charge("key-yen", 2500, "JPY")).paymentRef();
        fake.approve(ref);
        String capture = paypal.capture(ref).captureRef();
        assertEquals(Money.ofMinor(2500, "JPY"), paypal.state(ref).amount());
        assertEquals(
                Money.ofMinor(500, "JPY"),
                paypal.refund(ref, capture, Money.ofMinor(500, "JPY"), "y1").amount());
        assertEquals("500", fake.refunds().get(0).value());
    }

    @Test
    void theEventsTheFakeSentVerifyAndCarryThePayment() {
        String ref = approvedOrder("key-events");
        ProviderState captured = paypal.capture(ref);
        List<WebhookRequest> events = fake.events();
        assertEquals(
                List.of("CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.COMPLETED"),
                events.stream().map(WebhookRequest::type).toList());

        WebhookEvent approved =
                paypal.verify(events.get(0).headers(), events.get(0).body());
        assertEquals(events.get(0).eventId(), approved.eventId());
        assertEquals("CHECKOUT.ORDER.APPROVED", approved.type());
        assertEquals(
                new ProviderState(ref, ProviderState.Status.APPROVED, Money.ofMinor(2500, "EUR"), 42L, null),
                approved.payment().orElseThrow());

        Map<String, String> lowerCase = events.get(1).headers().entrySet().stream()
                .collect(Collectors.toMap(h -> h.getKey().toLowerCase(), Map.Entry::getValue));
        WebhookEvent completed = paypal.verify(lowerCase, events.get(1).body());
        assertEquals("PAYMENT.CAPTURE.COMPLETED", completed.type());
        assertEquals(captured, completed.payment().orElseThrow());
    }

    @Test
    void forgedAlteredOrUnsignedEventsAreRefused() {
        String ref = approvedOrder("key-forged");
        WebhookRequest signed = fake.signedEvent("CHECKOUT.ORDER.APPROVED", ref);
        assertEquals(
                ref,
                paypal.verify(signed.headers(), signed.body())
                        .payment()
                        .orElseThrow()
                        .paymentRef());

        WebhookRequest forged = fake.forgedEvent("CHECKOUT.ORDER.APPROVED", ref);
        assertThrows(ForgedWebhook.class, () -> paypal.verify(forged.headers(), forged.body()));
        WebhookRequest altered = signed.withBody(signed.body().replace("\"25.00\"", "\"0.01\""));
        assertNotEquals(signed.body(), altered.body());
        assertThrows(ForgedWebhook.class, () -> paypal.verify(altered.headers(), altered.body()));
        WebhookRequest otherSignature = signed.withHeader("PAYPAL-TRANSMISSION-SIG", "AAAA");
        assertThrows(ForgedWebhook.class, () -> paypal.verify(otherSignature.headers(), otherSignature.body()));
        assertThrows(ForgedWebhook.class, () -> paypal.verify(Map.of(), signed.body()));
        assertThrows(ForgedWebhook.class, () -> paypal.verify(signed.headers(), "not json"));
        PayPalPayments otherWebhook = new PayPalPayments(settings("WH-OTHER"));
        assertThrows(ForgedWebhook.class, () -> otherWebhook.verify(signed.headers(), signed.body()));
    }

    @Test
    void errorsAndTimeoutsAreProviderUnavailableAndARetryWithTheKeyCreatesOnce() {
        fake.failNext(FakeOperation.CREATE, 500);
        assertThrows(ProviderUnavailable.class, () -> paypal.create(charge("key-fail", 2500, "EUR")));
        assertTrue(fake.orders().isEmpty());
        String ref = paypal.create(charge("key-fail", 2500, "EUR")).paymentRef();
        fake.approve(ref);

        fake.failNext(FakeOperation.RETRIEVE, 503);
        assertThrows(ProviderUnavailable.class, () -> paypal.state(ref));
        fake.failNext(FakeOperation.CAPTURE, 500);
        assertThrows(ProviderUnavailable.class, () -> paypal.capture(ref));
        assertTrue(fake.captures().isEmpty());

        fake.delayNext(FakeOperation.CAPTURE, Duration.ofMillis(2500));
        long started = System.nanoTime();
        assertThrows(ProviderUnavailable.class, () -> paypal.capture(ref));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2400)) < 0);
        // The capture went through after all; asking again answers it, no second capture.
        awaitCaptures(1);
        assertEquals(ProviderState.Status.SUCCEEDED, paypal.capture(ref).status());
        assertEquals(1, fake.captures().size());

        fake.delayNext(FakeOperation.RETRIEVE, Duration.ofMillis(2500));
        assertThrows(ProviderUnavailable.class, () -> paypal.state(ref));
        fake.failNext(FakeOperation.REFUND, 500);
        assertThrows(ProviderUnavailable.class, () -> paypal.refund(ref, null, Money.ofMinor(100, "EUR"), "rf"));
        assertTrue(fake.refunds().isEmpty());
    }

    /**
     * PayPal stops taking a token before its expiry (seen in a full run: the server kept the token
     * of an earlier test's fake, and the next fake answered 401 until the token ran out): the next
     * call gets a new token and goes through, once.
     */
    @Test
    void aTokenPayPalNoLongerTakesIsReplacedAndTheCallGoesThrough() {
        paypal.create(charge("before", 1000, "EUR"));
        int port = fake.baseUrl().getPort();
        fake.close();
        fake = PayPalFake.start(port, null, WEBHOOK_ID);

        String ref = paypal.create(charge("after", 1000, "EUR")).paymentRef();

        assertEquals(1, fake.orders().size());
        assertEquals(ProviderState.Status.OPEN, paypal.state(ref).status());
    }

    @Test
    void noProviderOrWrongCredentialsAreProviderUnavailable() {
        URI base = fake.baseUrl();
        fake.close();
        PayPalPayments nobody = new PayPalPayments(
                new PayPalSettings("client", "secret", WEBHOOK_ID, false, base, Duration.ofSeconds(1)));
        assertThrows(ProviderUnavailable.class, () -> nobody.state("ABC"));
        assertThrows(ProviderUnavailable.class, () -> nobody.create(charge("k", 100, "EUR")));
        WebhookRequest anything = new WebhookRequest(
                "e",
                "t",
                Map.of(
                        "PAYPAL-TRANSMISSION-ID",
                        "1",
                        "PAYPAL-TRANSMISSION-TIME",
                        "t",
                        "PAYPAL-TRANSMISSION-SIG",
                        "s",
                        "PAYPAL-CERT-URL",
                        "c",
                        "PAYPAL-AUTH-ALGO",
                        "a"),
                "{}");
        assertThrows(ProviderUnavailable.class, () -> nobody.verify(anything.headers(), anything.body()));
        fake = PayPalFake.start(0, null, WEBHOOK_ID);
    }

    @Test
    void settingsFromTheEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "MARQUEE_PAYPAL_CLIENT_ID", "id",
                "MARQUEE_PAYPAL_CLIENT_SECRET", "secret",
                "MARQUEE_PAYPAL_WEBHOOK_ID", "WH-1"));
        PayPalSettings live = PayPalSettings.from(environment::get);
        assertTrue(live.configured());
        assertFalse(live.sandbox());
        assertEquals(URI.create("https://api-m.paypal.com"), live.apiBase());
        assertEquals(Duration.ofSeconds(20), live.timeout());
        assertFalse(live.toString().contains("secret"));

        environment.put("MARQUEE_PAYPAL_ENVIRONMENT", "sandbox");
        assertEquals(
                URI.create("https://api-m.sandbox.paypal.com"),
                PayPalSettings.from(environment::get).apiBase());
        environment.put("MARQUEE_PAYPAL_API_BASE", "http://127.0.0.1:4091");
        environment.put("MARQUEE_PAYMENT_TIMEOUT_SECONDS", "3");
        environment.remove("MARQUEE_PAYPAL_WEBHOOK_ID");
        PayPalSettings test = PayPalSettings.from(environment::get);
        assertEquals(URI.create("http://127.0.0.1:4091"), test.apiBase());
        assertEquals(Duration.ofSeconds(3), test.timeout());
        assertFalse(test.configured());
        assertFalse(new PayPalPayments(test).configured());
        environment.put("MARQUEE_PAYPAL_ENVIRONMENT", "staging");
        assertThrows(IllegalArgumentException.class, () -> PayPalSettings.from(environment::get));
    }

    @Test
    void webhooksReachTheReceiverAndVerifyThere() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start();
                PayPalFake sending = PayPalFake.start(0, receiver.url(), WEBHOOK_ID)) {
            PayPalPayments payments = new PayPalPayments(
                    new PayPalSettings("client", "secret", WEBHOOK_ID, true, sending.baseUrl(), Duration.ofSeconds(1)));
            String ref = payments.create(charge("hook", 2500, "EUR")).paymentRef();
            sending.webhookMode(WebhookMode.DUPLICATE);
            sending.approve(ref);
            sending.webhookMode(WebhookMode.HOLD);
            payments.capture(ref);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(2, receiver.received().size());
            sending.releaseHeld();
            sending.awaitDeliveries(Duration.ofSeconds(10));
            List<WebhookEvent> received = receiver.received().stream()
                    .map(request -> payments.verify(request.headers(), request.body()))
                    .toList();
            assertEquals(
                    List.of("CHECKOUT.ORDER.APPROVED", "CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.COMPLETED"),
                    received.stream().map(WebhookEvent::type).toList());
            assertEquals(received.get(0).eventId(), received.get(1).eventId());
            assertEquals(
                    ProviderState.Status.SUCCEEDED,
                    received.get(2).payment().orElseThrow().status());
        }
    }

    private void awaitCaptures(int count) {
        Waits.until(
                count + " captures at the fake",
                Duration.ofSeconds(5),
                () -> fake.captures().size() >= count);
    }

    private static HttpResponse<String> post(URI uri) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
