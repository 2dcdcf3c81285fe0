package org.marquee.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PayPal's REST API as far as Marquee uses it, on 127.0.0.1, for PayPal's server SDK and a browser:
 * OAuth client credentials, Orders v2 (create with PayPal-Request-Id, get, capture once), refunds
 * of a capture (never more than is left), the buyer's approval page, webhooks with PayPal's
 * transmission headers, and the verification call that answers SUCCESS only for a transmission
 * this fake sent, with that body and webhook id. Answers carry PayPal's field names, statuses and
 * error shapes ({@code name}, {@code details[].issue}, {@code debug_id}).
 */
public final class PayPalFake extends LoopbackFake {

    /** An order as the fake holds it; amounts as PayPal writes them (a decimal string). */
    public record Order(
            String id,
            String status,
            String currency,
            String value,
            String referenceId,
            String customId,
            String invoiceId,
            String description,
            String returnUrl,
            String cancelUrl,
            String userAction,
            String requestId) {

        /** The amount in minor units of its currency. */
        public long minor() {
            return new BigDecimal(value).movePointRight(digits(currency)).longValueExact();
        }
    }

    public record Capture(String id, String orderId, String status, String currency, String value) {}

    public record Refund(String id, String captureId, String currency, String value) {}

    private static final Pattern ORDER = Pattern.compile("/v2/checkout/orders/([A-Z0-9]+)");
    private static final Pattern CAPTURE = Pattern.compile("/v2/checkout/orders/([A-Z0-9]+)/capture");
    private static final Pattern REFUND = Pattern.compile("/v2/payments/captures/([A-Z0-9]+)/refund");
    private static final String CERT_PATH = "/v1/notifications/certs/CERT-fake-marquee";

    private final String webhookId;
    private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000);
    private final Set<String> tokens = new HashSet<>();
    private final Map<String, MutableOrder> orders = new LinkedHashMap<>();
    private final Map<String, MutableCapture> captures = new LinkedHashMap<>();
    private final List<Refund> refunds = new ArrayList<>();
    private final Map<String, Replay> idempotent = new LinkedHashMap<>();
    /** Transmissions this fake produced, by transmission id: what the verification call checks. */
    private final Map<String, WebhookRequest> transmissions = new LinkedHashMap<>();

    private boolean denyNextCapture;

    private record Replay(JsonObject request, Response response) {}

    private static final class MutableOrder {
        final String id;
        final String currency;
        final String value;
        final String referenceId;
        final String customId;
        final String invoiceId;
        final String description;
        final String returnUrl;
        final String cancelUrl;
        final String userAction;
        final String requestId;
        final boolean experience;
        final String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String status;
        String payerId;
        String captureId;

        MutableOrder(String id, JsonObject unit, JsonObject experienceContext, String requestId) {
            this.id = id;
            JsonObject amount = unit.getJsonObject("amount");
            this.currency = amount.getString("currency_code");
            this.value = amount.getString("value");
            this.referenceId = unit.getString("reference_id", "default");
            this.customId = unit.getString("custom_id", null);
            this.invoiceId = unit.getString("invoice_id", null);
            this.description = unit.getString("description", null);
            this.experience = experienceContext != null;
            this.returnUrl = experienceContext == null ? null : experienceContext.getString("return_url", null);
            this.cancelUrl = experienceContext == null ? null : experienceContext.getString("cancel_url", null);
            this.userAction = experienceContext == null ? null : experienceContext.getString("user_action", null);
            this.requestId = requestId;
            this.status = experience ? "PAYER_ACTION_REQUIRED" : "CREATED";
        }

        Order snapshot() {
            return new Order(
                    id,
                    status,
                    currency,
                    value,
                    referenceId,
                    customId,
                    invoiceId,
                    description,
                    returnUrl,
                    cancelUrl,
                    userAction,
                    requestId);
        }
    }

    private static final class MutableCapture {
        final String id;
        final String orderId;
        final String currency;
        final BigDecimal amount;
        final String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String status;
        BigDecimal refunded = BigDecimal.ZERO;

        MutableCapture(String id, String orderId, String currency, BigDecimal amount, String status) {
            this.id = id;
            this.orderId = orderId;
            this.currency = currency;
            this.amount = amount;
            this.status = status;
        }
    }

    private PayPalFake(int port, URI webhookUrl, String webhookId) {
        super(port, webhookUrl);
        this.webhookId = webhookId;
    }

    /**
     * A fake on the port (0: any free one) that sends its events to the webhook address (null:
     * records them only) for the webhook id the verification call must be asked about.
     */
    public static PayPalFake start(int port, URI webhookUrl, String webhookId) {
        return new PayPalFake(port, webhookUrl, Objects.requireNonNull(webhookId));
    }

    /**
     * The fake the test server is configured for (see the failsafe configuration): on {@code
     * marquee.paypal.port} (4091 + the port offset), sending to the server's {@code
     * /checkout/api/webhooks/paypal}, for its {@code MARQUEE_PAYPAL_WEBHOOK_ID}.
     */
    public static PayPalFake startForServer() {
        return start(
                LoopbackFake.configuredPort("marquee.paypal.port", "MARQUEE_PAYPAL_API_BASE", 4091),
                LoopbackFake.serverUrl("/checkout/api/webhooks/paypal"),
                Optional.ofNullable(System.getenv("MARQUEE_PAYPAL_WEBHOOK_ID")).orElse("WH-MARQUEE-TEST"));
    }

    // ---------------------------------------------------------------- test controls

    /** The buyer approves the order on PayPal, without a browser; CHECKOUT.ORDER.APPROVED follows. */
    public void approve(String orderId) {
        synchronized (this) {
            approved(existing(orderId));
        }
    }

    /** PayPal voids the order (the buyer never came back, or PayPal refused it). */
    public synchronized void voidOrder(String orderId) {
        existing(orderId).status = "VOIDED";
    }

    /** The next capture is declined by the buyer's bank: capture DECLINED, PAYMENT.CAPTURE.DENIED. */
    public synchronized void denyNextCapture() {
        denyNextCapture = true;
    }

    /** Captures the order as another caller would have (the money is taken; our capture comes second). */
    public void capture(String orderId) {
        synchronized (this) {
            MutableOrder order = existing(orderId);
            if (!order.status.equals("APPROVED")) {
                throw new IllegalStateException("Order " + orderId + " is " + order.status);
            }
            captured(order);
        }
    }

    public synchronized List<Order> orders() {
        return orders.values().stream().map(MutableOrder::snapshot).toList();
    }

    public synchronized Optional<Order> order(String orderId) {
        return Optional.ofNullable(orders.get(orderId)).map(MutableOrder::snapshot);
    }

    public synchronized List<Capture> captures() {
        return captures.values().stream()
                .map(c -> new Capture(c.id, c.orderId, c.status, c.currency, c.amount.toPlainString()))
                .toList();
    }

    public synchronized List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    /**
     * An event about the order as it is now (CHECKOUT.ORDER.APPROVED, or PAYMENT.CAPTURE.COMPLETED
     * / DENIED of its capture) with transmission headers the verification call accepts; not sent.
     */
    public synchronized WebhookRequest signedEvent(String type, String orderId) {
        return transmit(type, existing(orderId));
    }

    /** The same kind of event with headers PayPal never sent: the verification call answers FAILURE. */
    public synchronized WebhookRequest forgedEvent(String type, String orderId) {
        WebhookRequest event = event(type, existing(orderId));
        return event.withHeader("PAYPAL-TRANSMISSION-ID", UUID.randomUUID().toString());
    }

    // ---------------------------------------------------------------- the API

    @Override
    Response answer(Request request) {
        String path = request.path();
        String method = request.method();
        Matcher matcher;
        if (method.equals("POST") && path.equals("/v1/oauth2/token")) {
            return token(request);
        }
        if (path.equals("/checkoutnow")) {
            return approval(request);
        }
        if (path.equals(CERT_PATH)) {
            return new Response(
                    200, "text/plain", "-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n", Map.of());
        }
        if (!authorized(request)) {
            return Response.json(
                    401, "{\"error\":\"invalid_token\",\"error_description\":\"Token signature verification failed\"}");
        }
        if (method.equals("POST") && path.equals("/v2/checkout/orders")) {
            return idempotent(request, FakeOperation.CREATE, this::create);
        }
        if (method.equals("GET") && (matcher = ORDER.matcher(path)).matches()) {
            faults.delay(FakeOperation.RETRIEVE);
            Optional<Response> fault = faults.failure(FakeOperation.RETRIEVE).map(PayPalFake::failure);
            if (fault.isPresent()) {
                return fault.get();
            }
            synchronized (this) {
                MutableOrder order = orders.get(matcher.group(1));
                return order == null
                        ? notFound(matcher.group(1))
                        : Response.json(200, json(order).toString());
            }
        }
        if (method.equals("POST") && (matcher = CAPTURE.matcher(path)).matches()) {
            faults.delay(FakeOperation.CAPTURE);
            Optional<Response> fault = faults.failure(FakeOperation.CAPTURE).map(PayPalFake::failure);
            if (fault.isPresent()) {
                return fault.get();
            }
            return captureRequest(matcher.group(1));
        }
        if (method.equals("POST") && (matcher = REFUND.matcher(path)).matches()) {
            String captureId = matcher.group(1);
            return idempotent(request, FakeOperation.REFUND, body -> refund(captureId, body));
        }
        if (method.equals("POST") && path.equals("/v1/notifications/verify-webhook-signature")) {
            return verify(request);
        }
        return Response.json(
                404,
                error("RESOURCE_NOT_FOUND", "The specified resource does not exist.", null, null)
                        .toString());
    }

    private synchronized Response token(Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null
                || !authorization.startsWith("Basic ")
                || !request.form().getOrDefault("grant_type", "").equals("client_credentials")) {
            return Response.json(
                    401, "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}");
        }
        String token = "A21AA" + UUID.randomUUID().toString().replace("-", "");
        tokens.add(token);
        return Response.json(
                200,
                Json.createObjectBuilder()
                        .add("scope", "https://uri.paypal.com/services/payments/payment")
                        .add("access_token", token)
                        .add("token_type", "Bearer")
                        .add("app_id", "APP-80W284485P519543T")
                        .add("expires_in", 32400)
                        .add("nonce", Instant.now() + UUID.randomUUID().toString())
                        .build()
                        .toString());
    }

    private synchronized boolean authorized(Request request) {
        String authorization = request.header("Authorization");
        return authorization != null
                && authorization.startsWith("Bearer ")
                && tokens.contains(authorization.substring("Bearer ".length()));
    }

    /** PayPal answers a repeated PayPal-Request-Id with the first answer. */
    private Response idempotent(
            Request request, FakeOperation operation, java.util.function.Function<JsonObject, Response> action) {
        faults.delay(operation);
        Optional<Response> fault = faults.failure(operation).map(PayPalFake::failure);
        if (fault.isPresent()) {
            return fault.get();
        }
        JsonObject body;
        try {
            body = request.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : read(request.body());
        } catch (JsonException | IllegalStateException e) {
            return Response.json(
                    400,
                    error(
                                    "INVALID_REQUEST",
                                    "Request is not well-formed, syntactically incorrect, or violates schema.",
                                    "MALFORMED_REQUEST_JSON",
                                    null)
                            .toString());
        }
        String key = request.header("PayPal-Request-Id");
        synchronized (this) {
            if (key != null) {
                Replay replay = idempotent.get(request.path() + " " + key);
                if (replay != null) {
                    // PayPal answers the stored response for the same key, whatever the body.
                    return replay.response().status() == 201
                            ? new Response(
                                    200,
                                    replay.response().contentType(),
                                    replay.response().body(),
                                    Map.of())
                            : replay.response();
                }
            }
            Response response = action.apply(body);
            if (key != null && response.status() < 300) {
                idempotent.put(request.path() + " " + key, new Replay(body, response));
            }
            return response;
        }
    }

    private Response create(JsonObject body) {
        if (!"CAPTURE".equals(body.getString("intent", null))) {
            return unprocessable("INTENT_NOT_SUPPORTED", "/intent", "The fake supports intent CAPTURE only.");
        }
        if (!body.containsKey("purchase_units")
                || body.getJsonArray("purchase_units").size() != 1) {
            return unprocessable("UNSUPPORTED_PURCHASE_UNITS", "/purchase_units", "The fake takes one purchase unit.");
        }
        JsonObject unit = body.getJsonArray("purchase_units").getJsonObject(0);
        JsonObject amount = unit.getJsonObject("amount");
        if (amount == null || !amount.containsKey("currency_code") || !amount.containsKey("value")) {
            return Response.json(
                    400,
                    error(
                                    "INVALID_REQUEST",
                                    "Request is not well-formed, syntactically incorrect, or violates schema.",
                                    "MISSING_REQUIRED_PARAMETER",
                                    "/purchase_units/@reference_id=='default'/amount")
                            .toString());
        }
        String currency = amount.getString("currency_code");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.getString("value"));
        } catch (NumberFormatException e) {
            return unprocessable(
                    "INVALID_PARAMETER_VALUE",
                    "/purchase_units/@reference_id=='default'/amount/value",
                    "Not a number.");
        }
        if (value.scale() > digits(currency)) {
            return unprocessable(
                    "DECIMAL_PRECISION",
                    "/purchase_units/@reference_id=='default'/amount/value",
                    "If the currency supports decimals, only two decimal place precision is supported.");
        }
        if (value.signum() <= 0) {
            return unprocessable(
                    "CANNOT_BE_ZERO_OR_NEGATIVE",
                    "/purchase_units/@reference_id=='default'/amount/value",
                    "Must be greater than zero.");
        }
        JsonObject experience = null;
        JsonObject source = body.containsKey("payment_source") ? body.getJsonObject("payment_source") : null;
        if (source != null
                && source.containsKey("paypal")
                && source.getJsonObject("paypal").containsKey("experience_context")) {
            experience = source.getJsonObject("paypal").getJsonObject("experience_context");
        }
        MutableOrder order = new MutableOrder(nextId(), unit, experience, null);
        orders.put(order.id, order);
        return Response.json(201, json(order).toString());
    }

    private Response captureRequest(String orderId) {
        synchronized (this) {
            MutableOrder order = orders.get(orderId);
            if (order == null) {
                return notFound(orderId);
            }
            if (order.status.equals("COMPLETED")) {
                return unprocessable(
                        "ORDER_ALREADY_CAPTURED",
                        null,
                        "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.");
            }
            if (!order.status.equals("APPROVED")) {
                return unprocessable(
                        "ORDER_NOT_APPROVED",
                        null,
                        "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.");
            }
            captured(order);
            return Response.json(201, json(order).toString());
        }
    }

    private Response refund(String captureId, JsonObject body) {
        MutableCapture capture = captures.get(captureId);
        if (capture == null) {
            return notFound(captureId);
        }
        if (!capture.status.equals("COMPLETED") && !capture.status.equals("PARTIALLY_REFUNDED")) {
            return unprocessable(
                    capture.status.equals("REFUNDED") ? "CAPTURE_FULLY_REFUNDED" : "INVALID_CAPTURE_STATUS",
                    null,
                    "The capture has status " + capture.status + ".");
        }
        BigDecimal left = capture.amount.subtract(capture.refunded);
        BigDecimal amount = left;
        if (body.containsKey("amount")) {
            JsonObject requested = body.getJsonObject("amount");
            if (!capture.currency.equals(requested.getString("currency_code", null))) {
                return unprocessable(
                        "REFUND_CURRENCY_MISMATCH",
                        "/amount/currency_code",
                        "Refund must be in the same currency as the capture.");
            }
            amount = new BigDecimal(requested.getString("value"));
            if (amount.scale() > digits(capture.currency)) {
                return unprocessable("DECIMAL_PRECISION", "/amount/value", "Too many decimals for the currency.");
            }
        }
        if (amount.compareTo(left) > 0 || amount.signum() <= 0) {
            return unprocessable(
                    "REFUND_AMOUNT_EXCEEDED",
                    null,
                    "The refund amount must be less than or equal to the capture amount that has not yet been refunded.");
        }
        capture.refunded = capture.refunded.add(amount);
        capture.status = capture.refunded.compareTo(capture.amount) == 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
        String value = amount.setScale(digits(capture.currency)).toPlainString();
        Refund refund = new Refund(nextId(), capture.id, capture.currency, value);
        refunds.add(refund);
        return Response.json(
                201,
                Json.createObjectBuilder()
                        .add("id", refund.id())
                        .add("status", "COMPLETED")
                        .add("amount", money(capture.currency, value))
                        .add(
                                "create_time",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                        .add(
                                "update_time",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                        .add(
                                "links",
                                Json.createArrayBuilder()
                                        .add(link("/v2/payments/refunds/" + refund.id(), "self", "GET"))
                                        .add(link("/v2/payments/captures/" + capture.id, "up", "GET")))
                        .build()
                        .toString());
    }

    private Response verify(Request request) {
        JsonObject body;
        try {
            body = read(request.body());
        } catch (JsonException | IllegalStateException e) {
            return Response.json(
                    400,
                    error("INVALID_REQUEST", "Request is not well-formed.", "MALFORMED_REQUEST_JSON", null)
                            .toString());
        }
        boolean verified;
        synchronized (this) {
            WebhookRequest sent = transmissions.get(body.getString("transmission_id", ""));
            verified = sent != null
                    && webhookId.equals(body.getString("webhook_id", null))
                    && sent.headers().get("PAYPAL-TRANSMISSION-SIG").equals(body.getString("transmission_sig", null))
                    && sent.headers().get("PAYPAL-TRANSMISSION-TIME").equals(body.getString("transmission_time", null))
                    && sent.headers().get("PAYPAL-CERT-URL").equals(body.getString("cert_url", null))
                    && sent.headers().get("PAYPAL-AUTH-ALGO").equals(body.getString("auth_algo", null))
                    && body.containsKey("webhook_event")
                    && read(sent.body()).equals(body.get("webhook_event"));
        }
        return Response.json(200, "{\"verification_status\":\"" + (verified ? "SUCCESS" : "FAILURE") + "\"}");
    }

    /** The buyer's approval page, and where its two buttons lead. */
    private Response approval(Request request) {
        String orderId = request.query().get("token");
        String answer = request.query().get("answer");
        synchronized (this) {
            MutableOrder order = orderId == null ? null : orders.get(orderId);
            if (order == null) {
                return new Response(
                        404,
                        "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>PayPal</title><p>Unknown order.</p>",
                        Map.of());
            }
            if (request.method().equals("GET")) {
                return Response.html(approvalPage(order));
            }
        }
        if ("approve".equals(answer)) {
            faults.delay(FakeOperation.CONFIRM);
            Optional<Response> fault = faults.failure(FakeOperation.CONFIRM).map(PayPalFake::failure);
            if (fault.isPresent()) {
                return fault.get();
            }
        }
        synchronized (this) {
            MutableOrder order = orders.get(orderId);
            if ("approve".equals(answer)) {
                if (order.status.equals("PAYER_ACTION_REQUIRED") || order.status.equals("CREATED")) {
                    approved(order);
                }
                return order.returnUrl == null
                        ? Response.html("<!DOCTYPE html><title>PayPal</title><p>Approved.</p>")
                        : Response.redirect(
                                withQuery(order.returnUrl, parameters("token", order.id, "PayerID", order.payerId)));
            }
            String cancel = order.cancelUrl != null ? order.cancelUrl : order.returnUrl;
            return cancel == null
                    ? Response.html("<!DOCTYPE html><title>PayPal</title><p>Cancelled.</p>")
                    : Response.redirect(withQuery(cancel, parameters("token", order.id)));
        }
    }

    private String approvalPage(MutableOrder order) {
        String action = "/checkoutnow?token=" + order.id + "&amp;answer=";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>PayPal test checkout</title></head>
                <body>
                <h1>Pay with PayPal (test)</h1>
                <p id="paypal-amount">%s %s</p>
                <p>%s</p>
                <form method="post" action="%sapprove"><button id="paypal-approve" type="submit">Pay Now</button></form>
                <form method="post" action="%scancel"><button id="paypal-cancel" type="submit">Cancel and return to merchant</button></form>
                </body></html>
                """
                .formatted(
                        escapeHtml(order.value),
                        escapeHtml(order.currency),
                        escapeHtml(order.description == null ? "" : order.description),
                        action,
                        action);
    }

    // ---------------------------------------------------------------- state changes and events

    private void approved(MutableOrder order) {
        if (!order.status.equals("PAYER_ACTION_REQUIRED") && !order.status.equals("CREATED")) {
            throw new IllegalStateException("Order " + order.id + " is " + order.status);
        }
        order.status = "APPROVED";
        order.payerId = "FAKEPAYER" + Long.toString(ids.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
        webhooks.produced(transmit("CHECKOUT.ORDER.APPROVED", order));
    }

    private void captured(MutableOrder order) {
        boolean denied = denyNextCapture;
        denyNextCapture = false;
        MutableCapture capture = new MutableCapture(
                nextId(), order.id, order.currency, new BigDecimal(order.value), denied ? "DECLINED" : "COMPLETED");
        captures.put(capture.id, capture);
        order.captureId = capture.id;
        order.status = "COMPLETED";
        webhooks.produced(transmit(denied ? "PAYMENT.CAPTURE.DENIED" : "PAYMENT.CAPTURE.COMPLETED", order));
    }

    /** An event with transmission headers that this fake will vouch for. */
    private WebhookRequest transmit(String type, MutableOrder order) {
        WebhookRequest event = event(type, order);
        transmissions.put(event.headers().get("PAYPAL-TRANSMISSION-ID"), event);
        return event;
    }

    private WebhookRequest event(String type, MutableOrder order) {
        JsonObject resource;
        String resourceType;
        String summary;
        if (type.startsWith("PAYMENT.CAPTURE.")) {
            MutableCapture capture = order.captureId == null ? null : captures.get(order.captureId);
            if (capture == null) {
                throw new IllegalStateException("Order " + order.id + " has no capture");
            }
            resource = json(capture, order);
            resourceType = "capture";
            summary = "Payment " + capture.status.toLowerCase(Locale.ROOT) + " for " + capture.amount.toPlainString()
                    + " " + capture.currency;
        } else {
            resource = json(order);
            resourceType = "checkout-order";
            summary = "An order has been approved by buyer";
        }
        String id = "WH-" + nextId() + "-" + nextId();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String body = Json.createObjectBuilder()
                .add("id", id)
                .add("event_version", "1.0")
                .add("create_time", now)
                .add("resource_type", resourceType)
                .add("resource_version", "2.0")
                .add("event_type", type)
                .add("summary", summary)
                .add("resource", resource)
                .add(
                        "links",
                        Json.createArrayBuilder()
                                .add(link("/v1/notifications/webhooks-events/" + id, "self", "GET"))
                                .add(link("/v1/notifications/webhooks-events/" + id + "/resend", "resend", "POST")))
                .build()
                .toString();
        String transmissionId = UUID.randomUUID().toString();
        byte[] signature =
                (transmissionId + "|" + now + "|" + webhookId + "|" + body.hashCode()).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("PAYPAL-TRANSMISSION-ID", transmissionId);
        headers.put("PAYPAL-TRANSMISSION-TIME", now);
        headers.put("PAYPAL-TRANSMISSION-SIG", Base64.getEncoder().encodeToString(signature));
        headers.put("PAYPAL-CERT-URL", baseUrl() + CERT_PATH);
        headers.put("PAYPAL-AUTH-ALGO", "SHA256withRSA");
        return new WebhookRequest(id, type, headers, body);
    }

    private JsonObject json(MutableOrder order) {
        JsonObjectBuilder unit = Json.createObjectBuilder()
                .add("reference_id", order.referenceId)
                .add("amount", money(order.currency, order.value))
                .add(
                        "payee",
                        Json.createObjectBuilder()
                                .add("email_address", "merchant@marquee.example")
                                .add("merchant_id", "FAKEMERCHANT01"));
        if (order.description != null) {
            unit.add("description", order.description);
        }
        if (order.customId != null) {
            unit.add("custom_id", order.customId);
        }
        if (order.invoiceId != null) {
            unit.add("invoice_id", order.invoiceId);
        }
        MutableCapture capture = order.captureId == null ? null : captures.get(order.captureId);
        if (capture != null) {
            unit.add(
                    "payments",
                    Json.createObjectBuilder()
                            .add("captures", Json.createArrayBuilder().add(captureJson(capture, order, false))));
        }
        JsonArrayBuilder links = Json.createArrayBuilder().add(link("/v2/checkout/orders/" + order.id, "self", "GET"));
        if (order.status.equals("PAYER_ACTION_REQUIRED") || order.status.equals("CREATED")) {
            links.add(Json.createObjectBuilder()
                    .add("href", baseUrl() + "/checkoutnow?token=" + order.id)
                    .add("rel", order.experience ? "payer-action" : "approve")
                    .add("method", "GET"));
        }
        if (order.status.equals("APPROVED")) {
            links.add(link("/v2/checkout/orders/" + order.id, "update", "PATCH"));
            links.add(link("/v2/checkout/orders/" + order.id + "/capture", "capture", "POST"));
        }
        JsonObjectBuilder paypal = Json.createObjectBuilder();
        if (order.payerId != null) {
            paypal.add("email_address", "buyer@paypal.example")
                    .add("account_id", order.payerId)
                    .add("account_status", "VERIFIED")
                    .add(
                            "name",
                            Json.createObjectBuilder().add("given_name", "Test").add("surname", "Buyer"));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", order.id)
                .add("intent", "CAPTURE")
                .add("status", order.status)
                .add("payment_source", Json.createObjectBuilder().add("paypal", paypal))
                .add("purchase_units", Json.createArrayBuilder().add(unit))
                .add("create_time", order.created)
                .add("links", links);
        if (order.payerId != null) {
            json.add(
                    "payer",
                    Json.createObjectBuilder()
                            .add(
                                    "name",
                                    Json.createObjectBuilder()
                                            .add("given_name", "Test")
                                            .add("surname", "Buyer"))
                            .add("email_address", "buyer@paypal.example")
                            .add("payer_id", order.payerId));
        }
        return json.build();
    }

    /** A capture as a PAYMENT.CAPTURE.* webhook carries it, with the order it belongs to. */
    private JsonObject json(MutableCapture capture, MutableOrder order) {
        return captureJson(capture, order, true);
    }

    private JsonObject captureJson(MutableCapture capture, MutableOrder order, boolean withOrder) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", capture.id)
                .add("status", capture.status)
                .add("amount", money(capture.currency, capture.amount.toPlainString()))
                .add("final_capture", true)
                .add("seller_protection", Json.createObjectBuilder().add("status", "ELIGIBLE"))
                .add("create_time", capture.created)
                .add("update_time", capture.created)
                .add(
                        "links",
                        Json.createArrayBuilder()
                                .add(link("/v2/payments/captures/" + capture.id, "self", "GET"))
                                .add(link("/v2/payments/captures/" + capture.id + "/refund", "refund", "POST"))
                                .add(link("/v2/checkout/orders/" + order.id, "up", "GET")));
        if (capture.status.equals("DECLINED")) {
            json.add("status_details", Json.createObjectBuilder().add("reason", "DECLINED_BY_RISK_FRAUD_FILTERS"));
        }
        if (order.customId != null) {
            json.add("custom_id", order.customId);
        }
        if (order.invoiceId != null) {
            json.add("invoice_id", order.invoiceId);
        }
        if (withOrder) {
            json.add(
                    "supplementary_data",
                    Json.createObjectBuilder()
                            .add("related_ids", Json.createObjectBuilder().add("order_id", order.id)));
        }
        return json.build();
    }

    // ---------------------------------------------------------------- answers

    private JsonObject link(String path, String rel, String method) {
        return Json.createObjectBuilder()
                .add("href", baseUrl() + path)
                .add("rel", rel)
                .add("method", method)
                .build();
    }

    private static JsonObject money(String currency, String value) {
        return Json.createObjectBuilder()
                .add("currency_code", currency)
                .add("value", value)
                .build();
    }

    private static Response failure(int status) {
        String name =
                status >= 500 ? "INTERNAL_SERVER_ERROR" : status == 422 ? "UNPROCESSABLE_ENTITY" : "INVALID_REQUEST";
        return Response.json(
                status,
                error(name, "The fake was told to fail this request (HTTP " + status + ").", null, null)
                        .toString());
    }

    private static Response unprocessable(String issue, String field, String description) {
        return Response.json(
                422,
                error(
                                "UNPROCESSABLE_ENTITY",
                                "The requested action could not be performed, semantically incorrect, or failed business validation.",
                                issue,
                                field,
                                description)
                        .toString());
    }

    private static Response notFound(String id) {
        return Response.json(
                404,
                error(
                                "RESOURCE_NOT_FOUND",
                                "The specified resource does not exist.",
                                "INVALID_RESOURCE_ID",
                                null,
                                "Specified resource ID does not exist. Please check the resource ID and try again.")
                        .toString());
    }

    private static JsonObject error(String name, String message, String issue, String field) {
        return error(name, message, issue, field, issue);
    }

    private static JsonObject error(String name, String message, String issue, String field, String description) {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("name", name)
                .add("message", message)
                .add("debug_id", UUID.randomUUID().toString().replace("-", "").substring(0, 13));
        if (issue != null) {
            JsonObjectBuilder detail = Json.createObjectBuilder().add("issue", issue);
            if (field != null) {
                detail.add("field", field).add("location", "body");
            }
            if (description != null) {
                detail.add("description", description);
            }
            error.add("details", Json.createArrayBuilder().add(detail));
        }
        return error.build();
    }

    private MutableOrder existing(String orderId) {
        MutableOrder order = orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("No order " + orderId);
        }
        return order;
    }

    /** PayPal's ids: 17 upper-case letters and digits. */
    private String nextId() {
        String counter = Long.toString(ids.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
        String random = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return (counter + random).substring(0, 17);
    }

    static int digits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
