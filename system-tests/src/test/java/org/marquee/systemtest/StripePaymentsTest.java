package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.payment.Charge;
import org.marquee.core.payment.ForgedWebhook;
import org.marquee.core.payment.ProviderPayment;
import org.marquee.core.payment.ProviderRefund;
import org.marquee.core.payment.ProviderState;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.core.payment.StripePayments;
import org.marquee.core.payment.StripeSettings;
import org.marquee.core.payment.WebhookEvent;
import org.marquee.core.platform.Money;

/**
 * The Stripe adapter through the real stripe-java against {@link StripeFake}, without a server:
 * what one says the other understands, both ways, including signatures and failures.
 */
class StripePaymentsTest {

    private static final String SECRET = "whsec_unit";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private StripeFake fake;
    private StripePayments stripe;

    @BeforeEach
    void start() {
        fake = StripeFake.start(0, null, SECRET);
        stripe = new StripePayments(settings(SECRET));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private StripeSettings settings(String webhookSecret) {
        return new StripeSettings(
                "sk_test_unit", "pk_test_unit", webhookSecret, fake.baseUrl(), fake.jsUrl(), Duration.ofSeconds(1));
    }

    private static Charge charge(String key, long minor, String currency) {
        return new Charge(
                42,
                "PNR42",
                Money.ofMinor(minor, currency),
                "2 tickets",
                "buyer@example.org",
                "http://127.0.0.1:1/checkout/return?order=42",
                "http://127.0.0.1:1/checkout/cancel",
                key);
    }

    @Test
    void createsOneIntentPerKeyWithTheOrdersAmountAndIds() {
        ProviderPayment first = stripe.create(charge("key-1", 2500, "EUR"));
        ProviderPayment again = stripe.create(charge("key-1", 2500, "EUR"));
        ProviderPayment other = stripe.create(charge("key-2", 1000, "JPY"));

        assertEquals(first.paymentRef(), again.paymentRef());
        assertEquals(first.clientSecret(), again.clientSecret());
        assertTrue(first.clientSecret().startsWith(first.paymentRef() + "_secret_"));
        assertNull(first.approvalUrl());
        assertEquals(2, fake.intents().size());
        StripeFake.Intent intent = fake.intent(first.paymentRef()).orElseThrow();
        assertEquals(2500, intent.amount());
        assertEquals("eur", intent.currency());
        assertEquals(Map.of("order_id", "42", "pnr", "PNR42"), intent.metadata());
        assertEquals("2 tickets", intent.description());
        assertEquals(1000, fake.intent(other.paymentRef()).orElseThrow().amount());
    }

    @Test
    void stateIsOpenUntilPaidThenSucceededWithTheCharge() {
        String ref = stripe.create(charge("key-state", 2500, "EUR")).paymentRef();

        ProviderState open = stripe.state(ref);
        assertEquals(ProviderState.Status.OPEN, open.status());
        assertEquals(Money.ofMinor(2500, "EUR"), open.amount());
        assertEquals(42L, open.orderId());
        assertNull(open.captureRef());

        fake.succeed(ref);
        ProviderState paid = stripe.state(ref);
        assertEquals(ProviderState.Status.SUCCEEDED, paid.status());
        assertEquals(fake.intent(ref).orElseThrow().latestCharge(), paid.captureRef());
        assertTrue(paid.captureRef().startsWith("ch_"));

        assertEquals(paid, stripe.capture(ref));
        assertEquals(paid, stripe.capture(ref));
        assertEquals("succeeded", fake.intent(ref).orElseThrow().status());
    }

    @Test
    void aCancelledIntentHasFailed() {
        String ref = stripe.create(charge("key-cancel", 2500, "EUR")).paymentRef();
        fake.cancel(ref);
        assertEquals(ProviderState.Status.FAILED, stripe.state(ref).status());
    }

    @Test
    void threeDSecureThroughTheConfirmEndpointAndTheChallengePage() throws Exception {
        ProviderPayment payment = stripe.create(charge("key-3ds", 2500, "EUR"));

        HttpResponse<String> confirmed = confirmAsStripeJs(payment, StripeFake.CARD_3DS);
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("\"requires_action\""), confirmed.body());
        assertEquals(
                ProviderState.Status.OPEN, stripe.state(payment.paymentRef()).status());
        String challenge = fake.baseUrl() + "/fake/3ds/" + payment.paymentRef();
        assertTrue(confirmed.body().contains(challenge), confirmed.body());
        String page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(challenge)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(page.contains("id=\"fake-3ds-complete\"") && page.contains("id=\"fake-3ds-fail\""), page);

        HttpResponse<String> completed = post(URI.create(challenge + "/complete"), Map.of());
        assertEquals(303, completed.statusCode());
        String location = completed.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://127.0.0.1:1/checkout/return?order=42&"), location);
        Map<String, String> query = LoopbackFake.decode(URI.create(location).getRawQuery());
        assertEquals(payment.paymentRef(), query.get("payment_intent"));
        assertEquals(payment.clientSecret(), query.get("payment_intent_client_secret"));
        assertEquals("succeeded", query.get("redirect_status"));
        assertEquals(
                ProviderState.Status.SUCCEEDED,
                stripe.state(payment.paymentRef()).status());
    }

    @Test
    void aFailedChallengeAndADeclinedCardLeaveThePaymentOpenAndSayWhy() throws Exception {
        ProviderPayment payment = stripe.create(charge("key-3ds-fail", 2500, "EUR"));
        confirmAsStripeJs(payment, StripeFake.CARD_3DS);
        HttpResponse<String> failed =
                post(URI.create(fake.baseUrl() + "/fake/3ds/" + payment.paymentRef() + "/fail"), Map.of());
        assertTrue(failed.headers().firstValue("Location").orElseThrow().endsWith("redirect_status=failed")
                || failed.headers().firstValue("Location").orElseThrow().contains("redirect_status=failed"));
        assertEquals(
                ProviderState.Status.OPEN, stripe.state(payment.paymentRef()).status());

        HttpResponse<String> declined = confirmAsStripeJs(payment, StripeFake.CARD_DECLINED);
        assertEquals(402, declined.statusCode());
        assertTrue(declined.body().contains("\"card_error\"") && declined.body().contains("Your card was declined."));
        assertEquals(
                ProviderState.Status.OPEN, stripe.state(payment.paymentRef()).status());

        WebhookRequest event = fake.events().get(fake.events().size() - 1);
        assertEquals("payment_intent.payment_failed", event.type());
        WebhookEvent verified = stripe.verify(event.headers(), event.body());
        assertEquals(ProviderState.Status.OPEN, verified.payment().orElseThrow().status());

        HttpResponse<String> paid = confirmAsStripeJs(payment, StripeFake.CARD_SUCCEEDS);
        assertEquals(200, paid.statusCode());
        assertEquals(
                ProviderState.Status.SUCCEEDED,
                stripe.state(payment.paymentRef()).status());
        HttpResponse<String> again = confirmAsStripeJs(payment, StripeFake.CARD_SUCCEEDS);
        assertEquals(400, again.statusCode());
    }

    @Test
    void confirmNeedsTheClientSecret() throws Exception {
        ProviderPayment payment = stripe.create(charge("key-secret", 2500, "EUR"));
        HttpResponse<String> response = post(
                URI.create(fake.baseUrl() + "/v1/payment_intents/" + payment.paymentRef() + "/confirm"),
                Map.of(
                        "key",
                        "pk_test_unit",
                        "client_secret",
                        payment.paymentRef() + "_secret_guess",
                        "payment_method_data[card][number]",
                        StripeFake.CARD_SUCCEEDS));
        assertEquals(401, response.statusCode());
        assertEquals(
                "requires_payment_method",
                fake.intent(payment.paymentRef()).orElseThrow().status());
    }

    @Test
    void refundsPartlyThenTheRestAndRefusesMoreThanIsLeft() {
        String ref = stripe.create(charge("key-refund", 2500, "EUR")).paymentRef();
        assertThrows(ProviderUnavailable.class, () -> stripe.refund(ref, null, Money.ofMinor(100, "EUR"), "r0"));
        fake.succeed(ref);
        String charge = stripe.state(ref).captureRef();

        ProviderRefund part = stripe.refund(ref, charge, Money.ofMinor(1000, "EUR"), "r1");
        ProviderRefund retried = stripe.refund(ref, charge, Money.ofMinor(1000, "EUR"), "r1");
        assertEquals(part, retried);
        assertEquals(Money.ofMinor(1000, "EUR"), part.amount());
        assertFalse(part.pending());
        assertTrue(part.refundRef().startsWith("re_"));
        assertEquals(1, fake.refunds().size());

        assertThrows(ProviderUnavailable.class, () -> stripe.refund(ref, charge, Money.ofMinor(1501, "EUR"), "r2"));
        ProviderRefund rest = stripe.refund(ref, charge, Money.ofMinor(1500, "EUR"), "r3");
        assertEquals(Money.ofMinor(1500, "EUR"), rest.amount());
        assertThrows(ProviderUnavailable.class, () -> stripe.refund(ref, charge, Money.ofMinor(1, "EUR"), "r4"));

        assertEquals(
                List.of(1000L, 1500L),
                fake.refunds().stream().map(StripeFake.Refund::amount).toList());
        assertEquals(2500, fake.intent(ref).orElseThrow().amountRefunded());
    }

    @Test
    void theEventTheFakeSignedVerifiesAndCarriesThePayment() {
        String ref = stripe.create(charge("key-event", 2500, "EUR")).paymentRef();
        fake.succeed(ref);
        WebhookRequest sent = fake.events().get(0);
        assertEquals("payment_intent.succeeded", sent.type());

        Map<String, String> lowerCase = sent.headers().entrySet().stream()
                .collect(Collectors.toMap(h -> h.getKey().toLowerCase(), Map.Entry::getValue));
        for (Map<String, String> headers : List.of(sent.headers(), lowerCase)) {
            WebhookEvent event = stripe.verify(headers, sent.body());
            assertEquals(sent.eventId(), event.eventId());
            assertEquals("payment_intent.succeeded", event.type());
            ProviderState state = event.payment().orElseThrow();
            assertEquals(ref, state.paymentRef());
            assertEquals(ProviderState.Status.SUCCEEDED, state.status());
            assertEquals(Money.ofMinor(2500, "EUR"), state.amount());
            assertEquals(42L, state.orderId());
            assertEquals(stripe.state(ref).captureRef(), state.captureRef());
        }
    }

    @Test
    void forgedAlteredOrUnsignedEventsAreRefused() {
        String ref = stripe.create(charge("key-forged", 2500, "EUR")).paymentRef();
        fake.succeed(ref);
        WebhookRequest signed = fake.signedEvent("payment_intent.succeeded", ref);
        assertEquals(
                ref,
                stripe.verify(signed.headers(), signed.body())
                        .payment()
                        .orElseThrow()
                        .paymentRef());

        WebhookRequest forged = fake.forgedEvent("payment_intent.succeeded", ref);
        assertThrows(ForgedWebhook.class, () -> stripe.verify(forged.headers(), forged.body()));
        WebhookRequest altered = signed.withBody(signed.body().replace("\"amount\":2500", "\"amount\":1"));
        assertFalse(altered.body().equals(signed.body()));
        assertThrows(ForgedWebhook.class, () -> stripe.verify(altered.headers(), altered.body()));
        assertThrows(ForgedWebhook.class, () -> stripe.verify(Map.of(), signed.body()));
        StripePayments otherSecret = new StripePayments(settings("whsec_other"));
        assertThrows(ForgedWebhook.class, () -> otherSecret.verify(signed.headers(), signed.body()));
        assertThrows(
                ForgedWebhook.class,
                () -> stripe.verify(Map.of("Stripe-Signature", fake.signature("not json")), "not json"));
    }

    @Test
    void otherEventsVerifyWithoutAPayment() {
        String body = "{\"id\":\"evt_other\",\"object\":\"event\",\"api_version\":\"" + com.stripe.Stripe.API_VERSION
                + "\",\"created\":1,\"data\":{\"object\":{\"id\":\"ch_1\",\"object\":\"charge\"}},\"type\":\"charge.refunded\"}";
        WebhookEvent event = stripe.verify(Map.of("Stripe-Signature", fake.signature(body)), body);
        assertEquals("evt_other", event.eventId());
        assertEquals("charge.refunded", event.type());
        assertTrue(event.payment().isEmpty());
    }

    @Test
    void anEventOfAnotherApiVersionStillCarriesThePayment() {
        String ref = stripe.create(charge("key-version", 2500, "EUR")).paymentRef();
        fake.succeed(ref);
        String body = fake.events().get(0).body().replace(com.stripe.Stripe.API_VERSION, "2020-08-27");
        WebhookEvent event = stripe.verify(Map.of("Stripe-Signature", fake.signature(body)), body);
        assertEquals(
                ProviderState.Status.SUCCEEDED, event.payment().orElseThrow().status());
        assertEquals(42L, event.payment().orElseThrow().orderId());
    }

    @Test
    void errorsAndTimeoutsAreProviderUnavailableAndARetryWithTheKeyCreatesOnce() {
        fake.failNext(FakeOperation.CREATE, 500);
        assertThrows(ProviderUnavailable.class, () -> stripe.create(charge("key-fail", 2500, "EUR")));
        assertTrue(fake.intents().isEmpty());
        String ref = stripe.create(charge("key-fail", 2500, "EUR")).paymentRef();

        fake.failNext(FakeOperation.RETRIEVE, 503);
        assertThrows(ProviderUnavailable.class, () -> stripe.state(ref));
        fake.failNext(FakeOperation.CAPTURE, 500);
        assertThrows(ProviderUnavailable.class, () -> stripe.capture(ref));
        assertEquals(ProviderState.Status.OPEN, stripe.state(ref).status());

        fake.delayNext(FakeOperation.RETRIEVE, Duration.ofMillis(2500));
        long started = System.nanoTime();
        assertThrows(ProviderUnavailable.class, () -> stripe.state(ref));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2400)) < 0);

        fake.delayNext(FakeOperation.CREATE, Duration.ofMillis(2500));
        assertThrows(ProviderUnavailable.class, () -> stripe.create(charge("key-slow", 1000, "EUR")));
        fake.failNext(FakeOperation.REFUND, 500);
        fake.succeed(ref);
        assertThrows(ProviderUnavailable.class, () -> stripe.refund(ref, null, Money.ofMinor(100, "EUR"), "rf"));
        assertTrue(fake.refunds().isEmpty());
    }

    @Test
    void aWrongKeyOrNoFakeIsProviderUnavailable() {
        StripePayments wrongKey = new StripePayments(new StripeSettings(
                "rk_wrong", "pk_test_unit", SECRET, fake.baseUrl(), fake.jsUrl(), Duration.ofSeconds(1)));
        assertThrows(ProviderUnavailable.class, () -> wrongKey.create(charge("k", 100, "EUR")));
        URI base = fake.baseUrl();
        fake.close();
        StripePayments nobody =
                new StripePayments(new StripeSettings("sk_test_unit", "pk", SECRET, base, base, Duration.ofSeconds(1)));
        assertThrows(ProviderUnavailable.class, () -> nobody.state("pi_1"));
        fake = StripeFake.start(0, null, SECRET);
    }

    @Test
    void settingsFromTheEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "MARQUEE_STRIPE_SECRET_KEY", "sk_live_x",
                "MARQUEE_STRIPE_PUBLISHABLE_KEY", "pk_live_x",
                "MARQUEE_STRIPE_WEBHOOK_SECRET", "whsec_x"));
        StripeSettings settings = StripeSettings.from(environment::get);
        assertTrue(settings.configured());
        assertEquals(URI.create("https://api.stripe.com"), settings.apiBase());
        assertEquals(URI.create("https://js.stripe.com/v3/"), settings.form().jsUrl());
        assertEquals("pk_live_x", settings.form().publishableKey());
        assertEquals(Duration.ofSeconds(20), settings.timeout());
        assertFalse(settings.toString().contains("sk_live_x"));

        environment.put("MARQUEE_STRIPE_API_BASE", "http://127.0.0.1:4090");
        environment.put("MARQUEE_STRIPE_JS_URL", "http://127.0.0.1:4090/v3/stripe.js");
        environment.put("MARQUEE_PAYMENT_TIMEOUT_SECONDS", "3");
        environment.put("MARQUEE_STRIPE_WEBHOOK_SECRET", " ");
        settings = StripeSettings.from(environment::get);
        assertFalse(settings.configured());
        assertFalse(new StripePayments(settings).configured());
        assertEquals(URI.create("http://127.0.0.1:4090"), settings.apiBase());
        assertEquals(Duration.ofSeconds(3), settings.timeout());
        assertFalse(StripeSettings.from(name -> null).configured());
    }

    @Test
    void webhookModesDeliverHoldDuplicateDropAndResend() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start();
                StripeFake sending = StripeFake.start(0, receiver.url(), SECRET)) {
            StripePayments payments = new StripePayments(new StripeSettings(
                    "sk_test_unit", "pk", SECRET, sending.baseUrl(), sending.jsUrl(), Duration.ofSeconds(1)));
            String a = payments.create(charge("a", 100, "EUR")).paymentRef();
            String b = payments.create(charge("b", 200, "EUR")).paymentRef();
            String c = payments.create(charge("c", 300, "EUR")).paymentRef();
            String d = payments.create(charge("d", 400, "EUR")).paymentRef();

            sending.succeed(a);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(List.of(a), receiver.intentIds(payments));

            sending.webhookMode(WebhookMode.HOLD);
            sending.succeed(b);
            sending.fail(c);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(List.of(a), receiver.intentIds(payments));
            sending.releaseHeldReversed();
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(List.of(a, c, b), receiver.intentIds(payments));

            sending.webhookMode(WebhookMode.DUPLICATE);
            sending.succeed(d);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(List.of(a, c, b, d, d), receiver.intentIds(payments));

            sending.webhookMode(WebhookMode.DROP);
            String e = payments.create(charge("e", 500, "EUR")).paymentRef();
            sending.succeed(e);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(5, receiver.received().size());
            String dropped = sending.events().get(sending.events().size() - 1).eventId();
            sending.resend(dropped);
            sending.awaitDeliveries(Duration.ofSeconds(10));
            assertEquals(List.of(a, c, b, d, d, e), receiver.intentIds(payments));
            assertEquals(6, sending.deliveries().size());
            assertTrue(sending.deliveries().stream().allMatch(delivery -> delivery.status() == 204));
        }
    }

    @Test
    void servesItsStripeJs() throws Exception {
        HttpResponse<String> script =
                HTTP.send(HttpRequest.newBuilder(fake.jsUrl()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("application/javascript"));
        assertTrue(script.body().contains("window.Stripe")
                && script.body().contains(fake.baseUrl().toString()));
    }

    private HttpResponse<String> confirmAsStripeJs(ProviderPayment payment, String card) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", "pk_test_unit");
        form.put("client_secret", payment.clientSecret());
        form.put("return_url", "http://127.0.0.1:1/checkout/return?order=42");
        form.put("payment_method_data[type]", "card");
        form.put("payment_method_data[card][number]", card);
        return post(URI.create(fake.baseUrl() + "/v1/payment_intents/" + payment.paymentRef() + "/confirm"), form);
    }

    private static HttpResponse<String> post(URI uri, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
