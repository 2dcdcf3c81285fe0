package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The checkout API as a program calls it over HTTP, for the tests that talk to it from outside. */
final class CheckoutApiClient {

    static final String API = "/checkout/api";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The client underneath, for what is not a call of the API (the live channel's WebSocket). */
    HttpClient http() {
        return http;
    }

    /** A call of the API; {@code order} (the start's answer) gives the token, {@code body} is JSON. */
    HttpResponse<String> send(String method, String path, JsonObject order, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (order != null) {
            request.header("Order-Token", order.getString("token"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts an order for the session: its id and token. */
    JsonObject start(long sessionId) throws Exception {
        HttpResponse<String> response = send("POST", API + "/orders", null, "{\"sessionId\": " + sessionId + "}");
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    static String seatPath(JsonObject order, long seat) {
        return API + "/orders/" + order.getInt("orderId") + "/seats/" + seat;
    }

    /** The body of a successful answer. */
    static JsonObject json(HttpResponse<String> response) {
        assertEquals(200 / 100, response.statusCode() / 100, response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A refusal as problem+json, with its kind and the buyer's words, and nothing internal. */
    static void assertProblem(HttpResponse<String> response, int status, String code, String titlePart) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem =
                Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("urn:marquee:problem:" + code, problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("title").contains(titlePart), problem.getString("title"));
        assertFalse(response.body().contains("Exception"), "no stack trace or class name: " + response.body());
    }
}
