package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.CheckoutApiClient.API;
import static org.marquee.systemtest.CheckoutApiClient.assertProblem;
import static org.marquee.systemtest.CheckoutApiClient.json;
import static org.marquee.systemtest.CheckoutApiClient.seatPath;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checkout API over HTTP against the deployed EAR and an arena session of the test's own (seated tiers and
 * a standing floor): the get-seat / drop-seat pair, standing places, availability, and every
 * refusal as application/problem+json with a clear title.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutApiIT {

    private final CheckoutApiClient api = new CheckoutApiClient();

    private long sessionId;
    private long standingSectionId;
    private long seatId;
    private long nextSeatId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    /** An arena session on sale of the test's own, one of its seats and its standing floor. */
    @BeforeEach
    void anArenaSessionOnSale() throws Exception {
        BurstArena arena = BurstArena.create(3, 10, 200, 1).open();
        sessionId = arena.sessionIds().get(0);
        standingSectionId = arena.standingSectionId();
        seatId = arena.seatIds().get(12);
        nextSeatId = arena.seatIds().get(13);
    }

    /** Whatever the test raced for: the consistency check finds nothing wrong in the arena's event. */
    @AfterEach
    void consistentAfterwards() throws Exception {
        Consistency.assertConsistent(sessionId);
    }

    @Test
    void getSeatDropSeatAndTheSeatMap() throws Exception {
        JsonObject buyer = start(sessionId);
        JsonObject rival = start(sessionId);
        assertEquals(7, buyer.getString("pnr").length());
        assertEquals("PENDING", buyer.getString("status"));
        assertTrue(Instant.parse(buyer.getString("expireIfNotCompletedAt")).isAfter(Instant.now()));

        HttpResponse<String> got = api.send("PUT", seatPath(buyer, seatId), buyer, null);
        assertEquals(200, got.statusCode(), got.body());
        assertEquals(seatId, json(got).getJsonNumber("seatId").longValue());
        assertEquals("HELD", seatState(seatId));

        HttpResponse<String> taken = api.send("PUT", seatPath(rival, seatId), rival, null);
        assertProblem(taken, 409, "inventory.seatTaken", "has just been taken by someone else");

        HttpResponse<String> again = api.send("PUT", seatPath(buyer, seatId), buyer, null);
        assertEquals(200, again.statusCode(), "a second click on one's own seat is no error");
        JsonObject order = json(api.send("GET", API + "/orders/" + buyer.getInt("orderId"), buyer, null));
        assertEquals(1, order.getInt("tickets"));
        assertEquals(seatId, order.getJsonArray("seats").getJsonNumber(0).longValue());

        assertEquals(
                204, api.send("DELETE", seatPath(buyer, seatId), buyer, null).statusCode());
        assertEquals("FREE", seatState(seatId));
        assertEquals(200, api.send("PUT", seatPath(rival, seatId), rival, null).statusCode());
        assertProblem(
                api.send("DELETE", seatPath(buyer, seatId), buyer, null), 409, "inventory.seatNotHeld", "not hold");
    }

    @Test
    void standingPlacesAreClaimedAndReleasedAllOrNone() throws Exception {
        JsonObject buyer = start(sessionId);
        int freeBefore = section(standingSectionId).getInt("free");

        HttpResponse<String> claimed = api.send("POST", placesPath(buyer), buyer, "{\"count\": 3}");
        assertEquals(200, claimed.statusCode(), claimed.body());
        assertEquals(3, json(claimed).getInt("count"));
        assertEquals(freeBefore - 3, section(standingSectionId).getInt("free"));

        assertEquals(
                204,
                api.send("DELETE", placesPath(buyer) + "?count=2", buyer, null).statusCode());
        assertEquals(freeBefore - 1, section(standingSectionId).getInt("free"));
        assertProblem(
                api.send("DELETE", placesPath(buyer) + "?count=2", buyer, null),
                409,
                "inventory.placesNotHeld",
                "does not hold 2 places");
        assertProblem(api.send("POST", placesPath(buyer), buyer, "{\"count\": 50}"), 409, "order.limit", "at most");
        assertEquals(freeBefore - 1, section(standingSectionId).getInt("free"), "refusals took nothing");
    }

    @Test
    void refusalsAreProblemsWithClearTitles() throws Exception {
        JsonObject buyer = start(sessionId);
        JsonObject stranger = start(sessionId);
        long otherSessionsSeat = BurstArena.create(1, 4, 10, 1).open().seatIds().get(0);

        assertProblem(api.send("PUT", seatPath(buyer, seatId), null, null), 403, "order.notYours", "only be changed");
        assertProblem(api.send("PUT", seatPath(buyer, seatId), stranger, null), 403, "order.notYours", "its buyer");
        assertProblem(
                api.send("PUT", API + "/orders/999999999/seats/" + seatId, buyer, null), 404, "notFound", "999999999");
        assertProblem(
                api.send("PUT", seatPath(buyer, otherSessionsSeat), buyer, null),
                422,
                "inventory.seatNotInSession",
                "is not a seat of session " + sessionId);
        assertProblem(
                api.send("POST", placesPath(buyer, sectionOf(seatId)), buyer, "{\"count\": 1}"),
                422,
                "inventory.notStanding",
                "not a standing section");
        assertProblem(api.send("POST", API + "/orders", null, "{\"session\": 1}"), 400, "invalidInput", "sessionId");
        assertProblem(api.send("POST", API + "/orders", null, "{not json"), 400, "gateway.api.badRequest", "could not");
        assertProblem(api.send("POST", API + "/orders", null, "{\"sessionId\": -3}"), 404, "notFound", "-3");
        assertProblem(api.send("GET", API + "/nothing-here", null, null), 404, "gateway.api.noSuchPath", "nothing");
        assertProblem(api.send("GET", API + "/sessions/-3/availability", null, null), 404, "notFound", "-3");
        assertEquals("FREE", seatState(seatId), "no refusal took the seat");
    }

    /**
     * A program buys and pays through the API alone: the checkout's steps in order (each refused
     * until the one before is done), the payment started with the card, the provider failing once
     * (503, nothing charged, asking again starts a new payment), then Stripe's webhook makes the order PAID.
     */
    @Test
    void anOrderIsPaidByCardThroughTheApiAndTheProvidersWebhook() throws Exception {
        try (StripeFake stripe = StripeFake.startForServer()) {
            JsonObject buyer = start(sessionId);
            String order = API + "/orders/" + buyer.getInt("orderId");
            assertProblem(api.send("POST", order + "/payment", buyer, null), 409, "checkout.stepNotReached", "earlier");
            json(api.send("PUT", seatPath(buyer, seatId), buyer, null));
            json(api.send("PUT", seatPath(buyer, nextSeatId), buyer, null));

            assertProblem(
                    api.send("PUT", order + "/amount", buyer, "{\"tickets\": 1}"), 409, "order.amountBelowHeld", "");
            assertEquals(
                    2,
                    json(api.send("PUT", order + "/amount", buyer, "{\"tickets\": 2}"))
                            .getInt("tickets"));
            assertProblem(
                    api.send("PUT", order + "/address", buyer, "{\"name\": \"Ada\", \"email\": \"not an email\"}"),
                    400,
                    "invalidInput",
                    "");
            json(api.send(
                    "PUT",
                    order + "/address",
                    buyer,
                    "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\", \"line\": \"1 Analytical Row\","
                            + " \"postalCode\": \"10115\", \"city\": \"Berlin\", \"country\": \"DE\","
                            + " \"language\": \"de\"}"));
            json(api.send("POST", order + "/seats/confirmed", buyer, null));
            assertProblem(
                    api.send("PUT", order + "/payment-method", buyer, "{\"method\": \"BITCOIN\"}"),
                    400,
                    "invalidInput",
                    "CARD");
            json(api.send("PUT", order + "/payment-method", buyer, "{\"method\": \"CARD\"}"));

            stripe.failNext(FakeOperation.CREATE, 500);
            assertProblem(
                    api.send("POST", order + "/payment", buyer, "{\"language\": \"de\"}"),
                    503,
                    "payment.providerUnavailable",
                    "Nothing was charged");
            JsonObject payment = json(api.send("POST", order + "/payment", buyer, "{\"language\": \"de\"}"));
            assertEquals("STRIPE", payment.getString("provider"));
            assertFalse(payment.getBoolean("paid"));
            String intent = payment.getString("paymentRef");
            assertTrue(payment.getString("clientSecret").startsWith(intent + "_secret_"), payment.toString());
            assertEquals("PENDING", json(api.send("GET", order, buyer, null)).getString("status"));

            stripe.succeed(intent);
            Waits.until(
                    "the webhook makes the order PAID",
                    Duration.ofSeconds(20),
                    () -> json(api.send("GET", order, buyer, null)).getString("status"),
                    "PAID"::equals);
            assertEquals(
                    "de",
                    TestDatabase.string(
                            "select language from event_session_order where id = ?", buyer.getInt("orderId")));
            assertEquals(
                    1,
                    TestDatabase.count(
                            "select count(*) from payment where order_id = ? and status = 'SUCCEEDED'",
                            buyer.getInt("orderId")));
        }
    }

    private JsonObject start(long session) throws Exception {
        HttpResponse<String> response = api.send("POST", API + "/orders", null, "{\"sessionId\": " + session + "}");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject order = json(response);
        assertEquals(
                Deployments.url(API + "/orders/" + order.getInt("orderId")),
                response.headers().firstValue("Location").orElseThrow());
        return order;
    }

    private String placesPath(JsonObject order) {
        return placesPath(order, standingSectionId);
    }

    private static String placesPath(JsonObject order, long sectionId) {
        return API + "/orders/" + order.getInt("orderId") + "/sections/" + sectionId + "/places";
    }

    private long sectionOf(long seat) throws Exception {
        return TestDatabase.count("select section_id from seat where id = ?", seat);
    }

    private String seatState(long seat) throws Exception {
        JsonObject availability = json(api.send("GET", API + "/sessions/" + sessionId + "/availability", null, null));
        return availability.getJsonArray("seats").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("seatId").longValue() == seat)
                .findFirst()
                .orElseThrow()
                .getString("state");
    }

    private JsonObject section(long section) throws Exception {
        JsonObject availability =
                json(api.send("GET", API + "/sessions/" + sessionId + "/availability?seats=false", null, null));
        assertTrue(availability.getJsonArray("seats").isEmpty());
        return availability.getJsonArray("sections").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("sectionId").longValue() == section)
                .findFirst()
                .orElseThrow();
    }
}
