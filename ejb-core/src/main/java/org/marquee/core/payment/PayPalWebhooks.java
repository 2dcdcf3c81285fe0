package org.marquee.core.payment;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.marquee.core.platform.Money;

/**
 * PayPal's webhooks: the transmission headers, the verification call (PayPal checks its own
 * signature: {@code POST /v1/notifications/verify-webhook-signature}, which the server SDK does not
 * cover) and the payment an event is about.
 */
final class PayPalWebhooks {

    /** The headers PayPal signs a transmission with. */
    record Transmission(String id, String time, String signature, String certUrl, String authAlgo) {}

    interface Tokens {
        /** An access token; a fresh one when the last was refused. */
        String get(boolean fresh) throws IOException;
    }

    private static final MediaType JSON = MediaType.get("application/json");

    private PayPalWebhooks() {}

    static Optional<Transmission> transmission(Map<String, String> headers) {
        Transmission transmission = new Transmission(
                PaymentHeaders.value(headers, "PAYPAL-TRANSMISSION-ID"),
                PaymentHeaders.value(headers, "PAYPAL-TRANSMISSION-TIME"),
                PaymentHeaders.value(headers, "PAYPAL-TRANSMISSION-SIG"),
                PaymentHeaders.value(headers, "PAYPAL-CERT-URL"),
                PaymentHeaders.value(headers, "PAYPAL-AUTH-ALGO"));
        boolean complete = transmission.id() != null
                && transmission.time() != null
                && transmission.signature() != null
                && transmission.certUrl() != null
                && transmission.authAlgo() != null;
        return complete ? Optional.of(transmission) : Optional.empty();
    }

    static boolean isJsonObject(String body) {
        try {
            read(body);
            return true;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }

    /**
     * PayPal's verdict on a transmission: SUCCESS or FAILURE. The event goes into the request
     * verbatim, so that PayPal checks the bytes it signed.
     */
    static String verification(
            OkHttpClient http, URI apiBase, Tokens tokens, Transmission transmission, String webhookId, String body)
            throws IOException {
        String request = "{\"auth_algo\":" + quoted(transmission.authAlgo())
                + ",\"cert_url\":" + quoted(transmission.certUrl())
                + ",\"transmission_id\":" + quoted(transmission.id())
                + ",\"transmission_sig\":" + quoted(transmission.signature())
                + ",\"transmission_time\":" + quoted(transmission.time())
                + ",\"webhook_id\":" + quoted(webhookId)
                + ",\"webhook_event\":" + body + "}";
        String url = apiBase.toString().replaceAll("/+$", "") + "/v1/notifications/verify-webhook-signature";
        for (boolean fresh : new boolean[] {false, true}) {
            Request call = new Request.Builder()
                    .url(url)
                    .header("Authorization", "Bearer " + tokens.get(fresh))
                    .post(RequestBody.create(request, JSON))
                    .build();
            try (Response response = http.newCall(call).execute()) {
                if (response.code() == 401 && !fresh) {
                    continue;
                }
                ResponseBody answer = response.body();
                String text = answer == null ? "" : answer.string();
                if (!response.isSuccessful()) {
                    throw new IOException("verify-webhook-signature answered HTTP " + response.code());
                }
                try {
                    return read(text).getString("verification_status", null);
                } catch (JsonException | IllegalStateException | ClassCastException e) {
                    throw new IOException("verify-webhook-signature answered no JSON", e);
                }
            }
        }
        throw new IOException("verify-webhook-signature refused the token");
    }

    /** The event of a verified body, with the payment for the events we act on. */
    static WebhookEvent event(String body) {
        JsonObject event = read(body);
        String type = event.getString("event_type", null);
        JsonObject resource = object(event, "resource");
        Optional<ProviderState> payment = Optional.empty();
        if (resource != null && type != null) {
            payment = switch (type) {
                case "CHECKOUT.ORDER.APPROVED" -> Optional.of(approvedOrder(resource));
                case "PAYMENT.CAPTURE.COMPLETED" -> Optional.of(capture(resource, ProviderState.Status.SUCCEEDED));
                case "PAYMENT.CAPTURE.DENIED" -> Optional.of(capture(resource, ProviderState.Status.FAILED));
                default -> Optional.empty();
            };
        }
        return new WebhookEvent(event.getString("id", null), type, payment);
    }

    private static ProviderState approvedOrder(JsonObject order) {
        JsonObject unit = order.containsKey("purchase_units")
                        && order.get("purchase_units").getValueType() == JsonValue.ValueType.ARRAY
                        && !order.getJsonArray("purchase_units").isEmpty()
                ? order.getJsonArray("purchase_units").getJsonObject(0)
                : null;
        return new ProviderState(
                order.getString("id", null),
                ProviderState.Status.APPROVED,
                unit == null ? null : money(object(unit, "amount")),
                unit == null ? null : orderId(unit.getString("custom_id", null)),
                null);
    }

    private static ProviderState capture(JsonObject capture, ProviderState.Status status) {
        JsonObject related = object(object(capture, "supplementary_data"), "related_ids");
        return new ProviderState(
                related == null ? null : related.getString("order_id", null),
                status,
                money(object(capture, "amount")),
                orderId(capture.getString("custom_id", null)),
                status == ProviderState.Status.SUCCEEDED ? capture.getString("id", null) : null);
    }

    private static Money money(JsonObject amount) {
        if (amount == null) {
            return null;
        }
        return PayPalPayments.money(amount.getString("currency_code"), amount.getString("value"));
    }

    static Long orderId(String customId) {
        if (customId == null) {
            return null;
        }
        try {
            return Long.valueOf(customId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent == null
                || !parent.containsKey(name)
                || parent.get(name).getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        return parent.getJsonObject(name);
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String quoted(String value) {
        return Json.createValue(value).toString();
    }
}
