package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.inventory.PlaceHold;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderPricing;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.OrderView;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.PlaceClaims;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.payment.StartedPayment;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.PriceQuote;
import org.marquee.core.promo.TicketChoice;
import org.marquee.web.json.JsonBodies;
import org.marquee.web.json.JsonViews;
import org.marquee.web.language.Languages;

/**
 * An order and its seats: start it, read it, get-seat / drop-seat, claim or release n standing
 * places; apply or remove a promo code and price chosen tickets with it; then the checkout's steps
 * (amount, address, seats confirmed, payment method) and the payment, as the checkout pages take
 * them, in the same order and with the same refusals. Every call but the start
 * presents the order's token in the {@value #TOKEN} header (or, from the checkout pages, in the
 * order's cookie: see {@link OrderCookies}).
 */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    /** The header that carries the token an order's start returned. */
    public static final String TOKEN = "Order-Token";

    @EJB
    private Orders orders;

    @EJB
    private SeatClaims seats;

    @EJB
    private PlaceClaims places;

    @Context
    private HttpServletRequest request;

    @EJB
    private OrderPromos orderPromos;

    @EJB
    private OrderPricing pricing;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private PaymentCheckout payments;

    /**
     * Starts an order: {@code {"sessionId": 42}}; a logged-in caller is its buyer, anyone else a
     * guest. A session with its waiting room on needs the room's ticket and admission (cookies or
     * {@link QueueCookies} headers), else 403 {@code waitingRoom.required}: join at {@code
     * POST /api/queue/<session>}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body, @Context SecurityContext security, @Context UriInfo uri) {
        long sessionId = JsonBodies.id(JsonBodies.read(body), "sessionId");
        Principal caller = security.getUserPrincipal();
        StartedOrder order = orders.start(
                sessionId,
                caller == null ? Buyer.guest() : Buyer.user(caller.getName()),
                QueueCookies.pass(request, sessionId));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(order.orderId()))
                        .build())
                .entity(JsonViews.write(new ApiAnswers.StartedOrder(
                        order.orderId(),
                        order.sessionId(),
                        order.pnr(),
                        order.token(),
                        "PENDING",
                        order.expireIfNotCompletedAt(),
                        order.maxTickets())))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/{orderId}")
    public Response order(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token) {
        return json(orderAnswer(access(orderId, token)));
    }

    private ApiAnswers.Order orderAnswer(OrderAccess access) {
        OrderView order = orders.view(access);
        OrderHoldings holdings = order.holdings();
        return new ApiAnswers.Order(
                order.orderId(),
                order.sessionId(),
                order.pnr(),
                order.status().name(),
                order.expired(),
                order.expireIfNotCompletedAt(),
                order.maxTickets(),
                holdings.tickets(),
                holdings.seatIds(),
                holdings.places());
    }

    /**
     * get-seat: takes the seat for the order, or answers 409 if someone else has it. {@link
     * GetSeatFilter} has already offered the claim to a group ({@code GroupedSeatClaims}) and
     * answered it if granted; what reaches this method is decided, and refused with its reason,
     * on the single path.
     */
    @PUT
    @Path("/{orderId}/seats/{seatId}")
    public Response getSeat(
            @PathParam("orderId") long orderId, @PathParam("seatId") long seatId, @HeaderParam(TOKEN) String token) {
        return json(held(seats.claim(access(orderId, token), seatId)));
    }

    /** The answer to a granted get-seat. */
    static ApiAnswers.SeatHeld held(SeatHold hold) {
        return new ApiAnswers.SeatHeld(hold.orderId(), hold.seatId(), hold.heldUntil());
    }

    /** drop-seat: gives the seat back. */
    @DELETE
    @Path("/{orderId}/seats/{seatId}")
    public Response dropSeat(
            @PathParam("orderId") long orderId, @PathParam("seatId") long seatId, @HeaderParam(TOKEN) String token) {
        seats.release(access(orderId, token), seatId);
        return Response.noContent().build();
    }

    /** Claims n places of a standing section, all or none: {@code {"count": 2}}. */
    @POST
    @Path("/{orderId}/sections/{sectionId}/places")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claimPlaces(
            @PathParam("orderId") long orderId,
            @PathParam("sectionId") long sectionId,
            @HeaderParam(TOKEN) String token,
            String body) {
        PlaceHold hold =
                places.claim(access(orderId, token), sectionId, JsonBodies.count(JsonBodies.read(body), "count"));
        return json(new ApiAnswers.PlacesHeld(hold.orderId(), hold.sectionId(), hold.count(), hold.heldUntil()));
    }

    /** Releases n of the order's places in a standing section, all or none. */
    @DELETE
    @Path("/{orderId}/sections/{sectionId}/places")
    public Response releasePlaces(
            @PathParam("orderId") long orderId,
            @PathParam("sectionId") long sectionId,
            @HeaderParam(TOKEN) String token,
            @QueryParam("count") @DefaultValue("1") int count) {
        places.release(access(orderId, token), sectionId, count);
        return Response.noContent().build();
    }

    /**
     * The checkout's first step, how many tickets: {@code {"tickets": 3}}, or a count per price
     * category {@code {"categories": [{"priceCategoryId": 2, "quantity": 1}]}} (then the total is
     * their sum). Answers the order.
     */
    @PUT
    @Path("/{orderId}/amount")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response chooseAmount(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        JsonObject payload = JsonBodies.read(body);
        OrderAccess access = access(orderId, token);
        Map<Long, Integer> perCategory = new HashMap<>();
        if (payload.containsKey("categories")) {
            if (!(payload.get("categories") instanceof JsonArray categories)) {
                throw new InvalidInput("\"categories\" is a list");
            }
            for (JsonValue category : categories) {
                if (!(category instanceof JsonObject line)) {
                    throw new InvalidInput("Each category line is an object");
                }
                perCategory.merge(
                        JsonBodies.id(line, "priceCategoryId"), JsonBodies.count(line, "quantity"), Integer::sum);
            }
        }
        int total = perCategory.isEmpty()
                ? JsonBodies.count(payload, "tickets")
                : perCategory.values().stream().mapToInt(Integer::intValue).sum();
        checkout.chooseAmount(access, total, perCategory);
        return json(orderAnswer(access));
    }

    /**
     * The buyer's name, email and address: {@code {"name", "email", "line", "postalCode", "city",
     * "country"}} (ISO code), with {@code "newsletter": true} to sign the email up (double opt-in)
     * and {@code "language"} ({@code en} or {@code de}) for the order's emails. Answers the order.
     */
    @PUT
    @Path("/{orderId}/address")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveAddress(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        JsonObject payload = JsonBodies.read(body);
        OrderAccess access = access(orderId, token);
        checkout.giveAddress(
                access,
                new OrderCheckout.AddressForm(
                        JsonBodies.text(payload, "name"),
                        JsonBodies.text(payload, "email"),
                        JsonBodies.text(payload, "line"),
                        JsonBodies.text(payload, "postalCode"),
                        JsonBodies.text(payload, "city"),
                        JsonBodies.text(payload, "country"),
                        newsletter(payload),
                        language(payload)));
        return json(orderAnswer(access));
    }

    /** Done with seats and places: the order must hold exactly the tickets its amount asks for. */
    @POST
    @Path("/{orderId}/seats/confirmed")
    public Response confirmSeats(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token) {
        OrderAccess access = access(orderId, token);
        checkout.confirmSeats(access);
        return json(orderAnswer(access));
    }

    /** How the buyer pays: {@code {"method": "CARD"}} or {@code "PAYPAL"}, as the platform offers them. */
    @PUT
    @Path("/{orderId}/payment-method")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choosePaymentMethod(
            @PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        String method = JsonBodies.requiredText(JsonBodies.read(body), "method");
        PaymentMethod chosen = Arrays.stream(PaymentMethod.values())
                .filter(m -> m.name().equals(method.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("\"method\" is one of " + Arrays.toString(PaymentMethod.values())));
        OrderAccess access = access(orderId, token);
        checkout.choosePaymentMethod(access, chosen);
        return json(orderAnswer(access));
    }

    /**
     * Starts (or resumes) the payment: the totals become final and the hold is extended; the answer
     * names the provider's payment, with the client secret Stripe's card form confirms or the
     * approval address PayPal's buyer goes to. The order is PAID when the provider says so (its
     * webhook, or {@code GET} of the order after the buyer's return). An order with nothing to pay
     * is paid at once ({@code "paid": true}). 503 when the provider did not answer: nothing was
     * charged, and asking again is safe. Body optional: {@code {"language": "de"}}.
     */
    @POST
    @Path("/{orderId}/payment")
    public Response startPayment(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        String language = body == null || body.isBlank() ? Languages.SUPPORTED.get(0) : language(JsonBodies.read(body));
        StartedPayment started = payments.start(access(orderId, token), language);
        return json(new ApiAnswers.Payment(
                orderId,
                started.provider() == null ? null : started.provider().name(),
                started.paymentRef(),
                started.clientSecret(),
                started.approvalUrl(),
                started.paid()));
    }

    private static boolean newsletter(JsonObject payload) {
        JsonValue ticked = payload.get("newsletter");
        if (ticked == null || ticked == JsonValue.NULL || ticked == JsonValue.FALSE) {
            return false;
        }
        if (ticked != JsonValue.TRUE) {
            throw new InvalidInput("\"newsletter\" is true or false");
        }
        return true;
    }

    /** The language of the order's emails: {@code en} unless the body names another the site speaks. */
    private static String language(JsonObject payload) {
        String language = JsonBodies.text(payload, "language");
        if (language == null) {
            return Languages.SUPPORTED.get(0);
        }
        if (!Languages.supported(language)) {
            throw new InvalidInput("\"language\" is one of " + Languages.SUPPORTED);
        }
        return language;
    }

    /**
     * The order's token from the header or, for the checkout's own pages, from the HttpOnly
     * cookie that binds it to the browser that started the order.
     */
    private OrderAccess access(long orderId, String header) {
        return access(request, orderId, header);
    }

    /** The buyer's access to the order: the token of the header, or else of this browser's cookie. */
    static OrderAccess access(HttpServletRequest request, long orderId, String header) {
        String token =
                header != null ? header : OrderCookies.token(request, orderId).orElse(null);
        return OrderAccess.of(orderId, token);
    }

    /**
     * Applies a promo code to the order (replacing the one it had): {@code {"code": "SUMMER25"}},
     * with {@code "email"} for a guest when the code is limited per buyer.
     */
    @PUT
    @Path("/{orderId}/promo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response applyPromo(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        JsonObject payload = JsonBodies.read(body);
        AppliedPromo promo = orderPromos.apply(
                access(orderId, token), JsonBodies.requiredText(payload, "code"), JsonBodies.text(payload, "email"));
        return json(promo(orderId, promo));
    }

    /** The code the order carries: 200 with it, 404 problem when it has none. */
    @GET
    @Path("/{orderId}/promo")
    public Response promo(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token) {
        AppliedPromo promo = orderPromos
                .applied(access(orderId, token))
                .orElseThrow(() -> new NotFound("Promo code of order", orderId));
        return json(promo(orderId, promo));
    }

    /** Takes the code off the order; its use is given back. */
    @DELETE
    @Path("/{orderId}/promo")
    public Response removePromo(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token) {
        orderPromos.remove(access(orderId, token));
        return Response.noContent().build();
    }

    /**
     * The price of chosen tickets with the order's code, in minor units: {@code {"tickets":
     * [{"sectionId": 1, "priceCategoryId": 2, "quantity": 2}]}} (no category: the section's price).
     */
    @POST
    @Path("/{orderId}/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response quote(@PathParam("orderId") long orderId, @HeaderParam(TOKEN) String token, String body) {
        JsonObject payload = JsonBodies.read(body);
        if (!(payload.get("tickets") instanceof JsonArray tickets)) {
            throw new InvalidInput("The request needs a list \"tickets\"");
        }
        List<TicketChoice> choices = new ArrayList<>();
        for (JsonValue ticket : tickets) {
            if (!(ticket instanceof JsonObject line)) {
                throw new InvalidInput("Each ticket line is an object");
            }
            Long category = line.containsKey("priceCategoryId") && !line.isNull("priceCategoryId")
                    ? JsonBodies.id(line, "priceCategoryId")
                    : null;
            choices.add(InvalidInput.check(() ->
                    new TicketChoice(JsonBodies.id(line, "sectionId"), category, JsonBodies.count(line, "quantity"))));
        }
        PriceQuote quote = pricing.quote(access(orderId, token), choices);
        return json(new ApiAnswers.Quote(
                orderId,
                quote.total().currency(),
                quote.lines().stream()
                        .map(line -> new ApiAnswers.QuoteLine(
                                line.sectionId(),
                                line.priceCategoryId(),
                                line.quantity(),
                                line.unitPrice().minor(),
                                line.amount().minor(),
                                line.discounted()))
                        .toList(),
                quote.subtotal().minor(),
                quote.discount().minor(),
                quote.fee().minor(),
                quote.total().minor(),
                quote.promo() == null ? null : quote.promo().code()));
    }

    private static ApiAnswers.Promo promo(long orderId, AppliedPromo promo) {
        return new ApiAnswers.Promo(
                orderId,
                promo.code(),
                promo.discount().kind().name(),
                promo.discount().value(),
                promo.discount().currency(),
                promo.discount().describe(),
                promo.priceCategoryId());
    }

    /** A view as the JSON answer, never cached. */
    static Response json(Object view) {
        return Response.ok(JsonViews.write(view), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }
}
