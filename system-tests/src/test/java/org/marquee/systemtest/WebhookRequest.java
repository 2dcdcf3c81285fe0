package org.marquee.systemtest;

import java.util.Map;

/**
 * One webhook request as a provider sends it: the event's id and type, the headers that prove it
 * (Stripe-Signature; PayPal's transmission headers) and the exact body.
 */
public record WebhookRequest(String eventId, String type, Map<String, String> headers, String body) {

    public WebhookRequest {
        headers = Map.copyOf(headers);
    }

    /** The same request with another body, as an attacker who changed it in transit would send. */
    public WebhookRequest withBody(String otherBody) {
        return new WebhookRequest(eventId, type, headers, otherBody);
    }

    /** The same request with one header replaced. */
    public WebhookRequest withHeader(String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(headers);
        changed.put(name, value);
        return new WebhookRequest(eventId, type, changed, body);
    }
}
