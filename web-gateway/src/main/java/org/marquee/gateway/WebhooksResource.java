package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marquee.core.payment.ForgedWebhook;
import org.marquee.core.payment.PaymentWebhooks;
import org.marquee.core.payment.Provider;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.web.json.JsonViews;

/**
 * Where Stripe and PayPal deliver their events: {@code POST /checkout/api/webhooks/stripe} and
 * {@code .../paypal}. The raw body is handed on as it came, since the signature is over its exact
 * bytes. 200 for an event handled now or before; 400 for a signature that does not check out
 * (nothing stored); 404 for a provider this server does not use; 503 when handling needed the
 * provider and it did not answer, so that the provider delivers it again.
 */
@Path("/webhooks")
public class WebhooksResource {

    @EJB
    private PaymentWebhooks webhooks;

    @POST
    @Path("/{provider}")
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("provider") String provider, @Context HttpHeaders headers, byte[] body) {
        Provider which = provider(provider);
        if (which == null || which == Provider.TEST) {
            return Problems.of(404, "payment.unknownProvider", "No such payment provider");
        }
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, String.join(",", values)));
        try {
            String outcome = webhooks.receive(which, flat, new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return Response.ok(JsonViews.write(new ApiAnswers.WebhookOutcome(outcome)), MediaType.APPLICATION_JSON)
                    .build();
        } catch (ForgedWebhook e) {
            return Problems.of(400, e);
        } catch (ProviderUnavailable e) {
            return Problems.of(503, e);
        }
    }

    private static Provider provider(String name) {
        try {
            return Provider.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
