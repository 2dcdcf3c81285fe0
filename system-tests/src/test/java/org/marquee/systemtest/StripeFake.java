package org.marquee.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's API as far as Marquee uses it, on 127.0.0.1, for stripe-java and a browser: PaymentIntents
 * (create with Idempotency-Key, retrieve, confirm with a test card), refunds (never more than is
 * left), a fake Stripe.js at {@code /v3/stripe.js} with its card form and 3-D Secure challenge page,
 * and {@code payment_intent.succeeded} / {@code payment_intent.payment_failed} events signed with
 * the webhook secret as Stripe signs them. Answers carry Stripe's field names and error shapes.
 *
 * <p>Test cards: {@value #CARD_SUCCEEDS} succeeds, {@value #CARD_3DS} asks for 3-D Secure, {@value
 * #CARD_DECLINED} is declined.
 */
public final class StripeFake extends LoopbackFake {

    public static final String CARD_SUCCEEDS = "4242424242424242";
    public static final String CARD_3DS = "4000002760003184";
    public static final String CARD_DECLINED = "4000000000000002";

    /** A PaymentIntent as the fake holds it. Status names are Stripe's. */
    public record Intent(
            String id,
            long amount,
            String currency,
            String status,
            Map<String, String> metadata,
            String description,
            String clientSecret,
            String latestCharge,
            long amountRefunded) {}

    /** A refund the fake accepted. */
    public record Refund(String id, String paymentIntent, String charge, long amount, String currency) {}

    private static final Pattern INTENT = Pattern.compile("/v1/payment_intents/([A-Za-z0-9_]+)");
    private static final Pattern CONFIRM = Pattern.compile("/v1/payment_intents/([A-Za-z0-9_]+)/confirm");
    private static final Pattern CHALLENGE = Pattern.compile("/fake/3ds/([A-Za-z0-9_]+)(/complete|/fail)?");

    private final String webhookSecret;
    private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000);
    private final Map<String, MutableIntent> intents = new LinkedHashMap<>();
    private final List<Refund> refunds = new ArrayList<>();
    private final Map<String, Replay> idempotent = new LinkedHashMap<>();

    private record Replay(Map<String, String> request, Response response) {}

    private static final class MutableIntent {
        final String id;
        final long amount;
        final String currency;
        final Map<String, String> metadata;
        final String description;
        final String clientSecret;
        final long created = Instant.now().getEpochSecond();
        String status = "requires_payment_method";
        String latestCharge;
        String returnUrl;
        long refunded;
        JsonObject lastError;

        MutableIntent(String id, long amount, String currency, Map<String, String> metadata, String description) {
            this.id = id;
            this.amount = amount;
            this.currency = currency;
            this.metadata = metadata;
            this.description = description;
            this.clientSecret = id + "_secret_" + UUID.randomUUID().toString().replace("-", "");
        }

        Intent snapshot() {
            return new Intent(
                    id,
                    amount,
                    currency,
                    status,
                    Map.copyOf(metadata),
                    description,
                    clientSecret,
                    latestCharge,
                    refunded);
        }
    }

    private StripeFake(int port, URI webhookUrl, String webhookSecret) {
        super(port, webhookUrl);
        this.webhookSecret = webhookSecret;
    }

    /**
     * A fake on the port (0: any free one) that sends its events to the webhook address (null:
     * records them only), signed with the secret.
     */
    public static StripeFake start(int port, URI webhookUrl, String webhookSecret) {
        return new StripeFake(port, webhookUrl, Objects.requireNonNull(webhookSecret));
    }

    /**
     * The fake the test server is configured for (see the failsafe configuration): on {@code
     * marquee.stripe.port} (4090 + the port offset), sending to the server's {@code
     * /checkout/api/webhooks/stripe}, signed with its {@code MARQUEE_STRIPE_WEBHOOK_SECRET}.
     */
    public static StripeFake startForServer() {
        return start(
                LoopbackFake.configuredPort("marquee.stripe.port", "MARQUEE_STRIPE_API_BASE", 4090),
                LoopbackFake.serverUrl("/checkout/api/webhooks/stripe"),
                Optional.ofNullable(System.getenv("MARQUEE_STRIPE_WEBHOOK_SECRET"))
                        .orElse("whsec_marquee_test"));
    }

    public URI jsUrl() {
        return baseUrl().resolve("/v3/stripe.js");
    }

    // ---------------------------------------------------------------- test controls

    /** Pays the intent as the buyer would with {@value #CARD_SUCCEEDS}, without a browser. */
    public void succeed(String intentId) {
        synchronized (this) {
            succeeded(existing(intentId));
        }
    }

    /** Puts the intent where a card with 3-D Secure leaves it: waiting for the challenge. */
    public synchronized void requireAction(String intentId) {
        existing(intentId).status = "requires_action";
    }

    /** Cancels the intent, as {@code POST /v1/payment_intents/{id}/cancel} would. */
    public synchronized void cancel(String intentId) {
        existing(intentId).status = "canceled";
    }

    /** Declines the intent's card, as {@value #CARD_DECLINED} does. */
    public void fail(String intentId) {
        synchronized (this) {
            declined(existing(intentId), "card_declined", "Your card was declined.");
        }
    }

    public synchronized List<Intent> intents() {
        return intents.values().stream().map(MutableIntent::snapshot).toList();
    }

    public synchronized Optional<Intent> intent(String intentId) {
        return Optional.ofNullable(intents.get(intentId)).map(MutableIntent::snapshot);
    }

    public synchronized List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    /** A {@code payment_intent.*} event of the intent as it is now, signed as Stripe signs it; not sent. */
    public synchronized WebhookRequest signedEvent(String type, String intentId) {
        return event(type, existing(intentId), webhookSecret);
    }

    /** The same event signed with another secret, as a forger would. */
    public synchronized WebhookRequest forgedEvent(String type, String intentId) {
        return event(type, existing(intentId), "whsec_not_the_secret");
    }

    /** The Stripe-Signature header of a body as Stripe computes it: {@code t=<seconds>,v1=<HMAC-SHA256 hex>}. */
    public String signature(String body) {
        return signature(webhookSecret, Instant.now().getEpochSecond(), body);
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- the API

    @Override
    Response answer(Request request) {
        String path = request.path();
        Matcher matcher;
        if (request.method().equals("GET") && path.equals("/v3/stripe.js")) {
            return new Response(200, "application/javascript; charset=utf-8", StripeJs.script(baseUrl()), Map.of());
        }
        if ((matcher = CHALLENGE.matcher(path)).matches()) {
            return challenge(request, matcher.group(1), matcher.group(2));
        }
        if (request.method().equals("POST") && (matcher = CONFIRM.matcher(path)).matches()) {
            return confirm(request, matcher.group(1));
        }
        if (!authorized(request)) {
            return error(401, "invalid_request_error", null, "Invalid API Key provided.", null);
        }
        if (request.method().equals("POST") && path.equals("/v1/payment_intents")) {
            return idempotent(request, FakeOperation.CREATE, this::create);
        }
        if (request.method().equals("GET") && (matcher = INTENT.matcher(path)).matches()) {
            Optional<Response> fault = fault(FakeOperation.RETRIEVE, FakeOperation.CAPTURE);
            if (fault.isPresent()) {
                return fault.get();
            }
            synchronized (this) {
                MutableIntent intent = intents.get(matcher.group(1));
                return intent == null
                        ? missing(matcher.group(1))
                        : Response.json(200, json(intent).toString());
            }
        }
        if (request.method().equals("POST") && path.equals("/v1/refunds")) {
            return idempotent(request, FakeOperation.REFUND, this::refund);
        }
        return error(
                404,
                "invalid_request_error",
                null,
                "Unrecognized request URL (" + request.method() + ": " + path + ").",
                null);
    }

    private static boolean authorized(Request request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer sk_");
    }

    /** Stripe answers a repeated key with the first answer; the same key with other parameters is refused. */
    private Response idempotent(
            Request request,
            FakeOperation operation,
            java.util.function.Function<Map<String, String>, Response> action) {
        faults.delay(operation);
        Optional<Response> fault = faults.failure(operation).map(FakeResponses::stripeFailure);
        if (fault.isPresent()) {
            return fault.get();
        }
        String key = request.header("Idempotency-Key");
        Map<String, String> form = request.form();
        synchronized (this) {
            if (key != null) {
                Replay replay = idempotent.get(request.path() + " " + key);
                if (replay != null) {
                    if (!replay.request().equals(form)) {
                        return error(
                                400,
                                "idempotency_error",
                                null,
                                "Keys for idempotent requests can only be used with the same parameters they were first used with.",
                                null);
                    }
                    return replay.response().withHeader("Idempotent-Replayed", "true");
                }
            }
            Response response = action.apply(form);
            if (key != null && response.status() < 500) {
                idempotent.put(request.path() + " " + key, new Replay(form, response));
            }
            return response;
        }
    }

    private Response create(Map<String, String> form) {
        long amount;
        try {
            amount = Long.parseLong(form.getOrDefault("amount", ""));
        } catch (NumberFormatException e) {
            return error(
                    400, "invalid_request_error", "parameter_missing", "Missing required param: amount.", "amount");
        }
        String currency = form.get("currency");
        if (currency == null || !currency.equals(currency.toLowerCase(java.util.Locale.ROOT))) {
            return error(
                    400, "invalid_request_error", "parameter_invalid", "Invalid currency: " + currency, "currency");
        }
        if (amount < 1) {
            return error(400, "invalid_request_error", "amount_too_small", "Amount must be at least 1.", "amount");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        MutableIntent intent = new MutableIntent("pi_" + next(), amount, currency, metadata, form.get("description"));
        intents.put(intent.id, intent);
        return Response.json(200, json(intent).toString());
    }

    /** What Stripe.js calls with the publishable key and the client secret (or a server with the secret key). */
    private Response confirm(Request request, String intentId) {
        faults.delay(FakeOperation.CONFIRM);
        Optional<Response> fault = fault(FakeOperation.CONFIRM);
        if (fault.isPresent()) {
            return fault.get();
        }
        Map<String, String> form = request.form();
        synchronized (this) {
            MutableIntent intent = intents.get(intentId);
            if (intent == null) {
                return missing(intentId);
            }
            boolean byBrowser = form.getOrDefault("key", "").startsWith("pk_")
                    && intent.clientSecret.equals(form.get("client_secret"));
            if (!byBrowser && !authorized(request)) {
                return error(401, "invalid_request_error", null, "Invalid API Key provided.", null);
            }
            if (!intent.status.equals("requires_payment_method") && !intent.status.equals("requires_confirmation")) {
                return error(
                        400,
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "You cannot confirm this PaymentIntent because it has a status of " + intent.status + ".",
                        null);
            }
            intent.returnUrl = form.get("return_url");
            String card =
                    form.getOrDefault("payment_method_data[card][number]", "").replaceAll("\\s", "");
            switch (card) {
                case CARD_SUCCEEDS -> succeeded(intent);
                case CARD_3DS -> intent.status = "requires_action";
                case CARD_DECLINED -> {
                    declined(intent, "card_declined", "Your card was declined.");
                    return cardError(intent, "card_declined", "Your card was declined.");
                }
                default -> {
                    return cardError(intent, "incorrect_number", "Your card number is incorrect.");
                }
            }
            return Response.json(200, json(intent).toString());
        }
    }

    /** The 3-D Secure page the browser is sent to, and its two answers. */
    private Response challenge(Request request, String intentId, String answer) {
        synchronized (this) {
            MutableIntent intent = intents.get(intentId);
            if (intent == null || !intent.status.equals("requires_action")) {
                return Response.html("<!DOCTYPE html><title>3-D Secure</title><p>No authentication pending.</p>");
            }
            if (answer == null) {
                return Response.html(StripeJs.challengePage(intent.id, intent.amount, intent.currency));
            }
            if (!request.method().equals("POST")) {
                return error(405, "invalid_request_error", null, "POST only", null);
            }
            boolean passed = answer.equals("/complete");
            if (passed) {
                succeeded(intent);
            } else {
                declined(
                        intent,
                        "payment_intent_authentication_failure",
                        "We are unable to authenticate your payment method. Please choose a different payment method and try again.");
            }
            if (intent.returnUrl == null) {
                return Response.html("<!DOCTYPE html><title>3-D Secure</title><p>Done.</p>");
            }
            return Response.redirect(withQuery(
                    intent.returnUrl,
                    parameters(
                            "payment_intent", intent.id,
                            "payment_intent_client_secret", intent.clientSecret,
                            "redirect_status", passed ? "succeeded" : "failed")));
        }
    }

    private Response refund(Map<String, String> form) {
        String intentId = form.get("payment_intent");
        MutableIntent intent = intentId == null ? null : intents.get(intentId);
        if (intent == null && form.get("charge") != null) {
            intent = intents.values().stream()
                    .filter(candidate -> form.get("charge").equals(candidate.latestCharge))
                    .findFirst()
                    .orElse(null);
        }
        if (intent == null) {
            return missing(intentId);
        }
        if (!intent.status.equals("succeeded")) {
            return error(
                    400,
                    "invalid_request_error",
                    null,
                    "This PaymentIntent (" + intent.id + ") does not have a successful charge to refund.",
                    null);
        }
        long left = intent.amount - intent.refunded;
        long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : left;
        if (left == 0) {
            return error(
                    400,
                    "invalid_request_error",
                    "charge_already_refunded",
                    "Charge " + intent.latestCharge + " has already been refunded.",
                    null);
        }
        if (amount > left || amount < 1) {
            return error(
                    400,
                    "invalid_request_error",
                    "amount_too_large",
                    "Refund amount (" + amount + ") is greater than unrefunded amount on charge (" + left + ")",
                    "amount");
        }
        intent.refunded += amount;
        Refund refund = new Refund("re_" + next(), intent.id, intent.latestCharge, amount, intent.currency);
        refunds.add(refund);
        JsonObject body = Json.createObjectBuilder()
                .add("id", refund.id())
                .add("object", "refund")
                .add("amount", amount)
                .add("charge", refund.charge())
                .add("created", Instant.now().getEpochSecond())
                .add("currency", refund.currency())
                .add("metadata", Json.createObjectBuilder())
                .add("payment_intent", intent.id)
                .add("reason", JsonObject.NULL)
                .add("status", "succeeded")
                .build();
        return Response.json(200, body.toString());
    }

    // ---------------------------------------------------------------- state changes and events

    private void succeeded(MutableIntent intent) {
        intent.status = "succeeded";
        intent.latestCharge = "ch_" + next();
        intent.lastError = null;
        webhooks.produced(event("payment_intent.succeeded", intent, webhookSecret));
    }

    private void declined(MutableIntent intent, String code, String message) {
        intent.status = "requires_payment_method";
        intent.lastError = Json.createObjectBuilder()
                .add("type", "card_error")
                .add("code", code)
                .add("message", message)
                .build();
        webhooks.produced(event("payment_intent.payment_failed", intent, webhookSecret));
    }

    private WebhookRequest event(String type, MutableIntent intent, String secret) {
        String id = "evt_" + next();
        long now = Instant.now().getEpochSecond();
        String body = Json.createObjectBuilder()
                .add("id", id)
                .add("object", "event")
                .add("api_version", com.stripe.Stripe.API_VERSION)
                .add("created", now)
                .add("data", Json.createObjectBuilder().add("object", json(intent)))
                .add("livemode", false)
                .add("pending_webhooks", 1)
                .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key"))
                .add("type", type)
                .build()
                .toString();
        return new WebhookRequest(
                id,
                type,
                Map.of(
                        "Content-Type",
                        "application/json; charset=utf-8",
                        "Stripe-Signature",
                        signature(secret, now, body)),
                body);
    }

    private JsonObject json(MutableIntent intent) {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        intent.metadata.forEach(metadata::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", intent.id)
                .add("object", "payment_intent")
                .add("amount", intent.amount)
                .add("amount_capturable", 0)
                .add("amount_received", intent.status.equals("succeeded") ? intent.amount : 0)
                .add("automatic_payment_methods", Json.createObjectBuilder().add("enabled", true))
                .add("capture_method", "automatic")
                .add("client_secret", intent.clientSecret)
                .add("confirmation_method", "automatic")
                .add("created", intent.created)
                .add("currency", intent.currency)
                .add("livemode", false)
                .add("metadata", metadata)
                .add("payment_method_types", Json.createArrayBuilder().add("card"))
                .add("status", intent.status);
        if (intent.description == null) {
            json.addNull("description");
        } else {
            json.add("description", intent.description);
        }
        if (intent.latestCharge == null) {
            json.addNull("latest_charge");
        } else {
            json.add("latest_charge", intent.latestCharge);
        }
        if (intent.lastError == null) {
            json.addNull("last_payment_error");
        } else {
            json.add("last_payment_error", intent.lastError);
        }
        if (intent.status.equals("requires_action")) {
            JsonObjectBuilder redirect = Json.createObjectBuilder()
                    .add("url", baseUrl().resolve("/fake/3ds/" + intent.id).toString());
            if (intent.returnUrl != null) {
                redirect.add("return_url", intent.returnUrl);
            }
            json.add(
                    "next_action",
                    Json.createObjectBuilder().add("type", "redirect_to_url").add("redirect_to_url", redirect));
        } else {
            json.addNull("next_action");
        }
        return json.build();
    }

    // ---------------------------------------------------------------- answers

    private Optional<Response> fault(FakeOperation... operations) {
        faults.delay(operations);
        return faults.failure(operations).map(FakeResponses::stripeFailure);
    }

    private Response cardError(MutableIntent intent, String code, String message) {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("type", "card_error")
                .add("code", code)
                .add("message", message)
                .add("payment_intent", json(intent));
        if (code.equals("card_declined")) {
            error.add("decline_code", "generic_decline");
        }
        return Response.json(
                402, Json.createObjectBuilder().add("error", error).build().toString());
    }

    private static Response missing(String id) {
        return error(
                404, "invalid_request_error", "resource_missing", "No such payment_intent: '" + id + "'", "intent");
    }

    static Response error(int status, String type, String code, String message, String param) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("type", type).add("message", message);
        if (code != null) {
            error.add("code", code);
        }
        if (param != null) {
            error.add("param", param);
        }
        return Response.json(
                status, Json.createObjectBuilder().add("error", error).build().toString());
    }

    private MutableIntent existing(String intentId) {
        MutableIntent intent = intents.get(intentId);
        if (intent == null) {
            throw new IllegalArgumentException("No PaymentIntent " + intentId);
        }
        return intent;
    }

    private String next() {
        return Long.toString(ids.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT)
                + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }
}
