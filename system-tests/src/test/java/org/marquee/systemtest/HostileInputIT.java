package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;

/**
 * The hostile-input sweep of issue 18 over every HTTP API and every servlet that takes input:
 * each endpoint gets malformed and hostile input (bodies that are not JSON, of the wrong shape and
 * types, oversized, injection strings, ids that overflow or are not numbers, another buyer's order
 * and token, the wrong method and content type). Every answer is a 4xx (or a 2xx that changed
 * nothing and says nothing of anyone else), never a 5xx, never a stack trace or an exception's
 * name, never the hostile script back unescaped; another buyer's order is the same afterwards and
 * nothing of it leaks. Each failure names the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String API = CheckoutApiClient.API;

    /** Text a server must never show: the insides of a failure. */
    private static final Pattern INSIDES = Pattern.compile(
            "(Exception:|Exception\\s+at |\\sat [\\w.$]+\\(\\w+\\.java|java\\.lang\\.|SQLState|PSQLException"
                    + "|syntax error at|Caused by:|WFLY[A-Z]*\\d|RESTEASY\\d|EclipseLink-\\d|Internal Exception)");

    private static final String SCRIPT = "<script>alert('mq')</script>";

    /** Hostile texts for a field that takes text, and hostile ids for a path. */
    private static final List<String> TEXTS = List.of(
            "' OR '1'='1' --",
            "\"; drop table event_session_order; --",
            SCRIPT,
            "#{facesContext.externalContext.session}",
            "${7*7}",
            "../../../../etc/passwd",
            "\u0000\u202e\ud83d\ude00",
            "x".repeat(100_000));

    private static final List<String> IDS = List.of(
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999999",
            "abc",
            "1%3B%20drop",
            "1e3",
            "%00",
            "..%2F..%2Fetc");

    private final CheckoutApiClient api = new CheckoutApiClient();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void theCheckoutApiRefusesHostileInputAndShowsNothingOfAnotherBuyer() throws Exception {
        BurstArena hall = BurstArena.create(2, 6, 20, 1).open();
        long session = hall.sessionIds().get(0);
        long section = hall.standingSectionId();
        long seat = hall.seatIds().get(0);

        // Another buyer with a seat and a place: nothing below may change or show them.
        JsonObject victim = api.start(session);
        long victimId = victim.getInt("orderId");
        assertEquals(
                200,
                api.send("PUT", CheckoutApiClient.seatPath(victim, seat), victim, null)
                        .statusCode());
        assertEquals(
                200,
                api.send(
                                "POST",
                                API + "/orders/" + victimId + "/sections/" + section + "/places",
                                victim,
                                "{\"count\": 1}")
                        .statusCode());
        String victimPnr = TestDatabase.string("select pnr from event_session_order where id = ?", victimId);
        String before = orderState(victimId);

        JsonObject attacker = api.start(session);
        long attackerId = attacker.getInt("orderId");
        List<Call> calls = new ArrayList<>();

        // Bodies: not JSON, the wrong shape, the wrong types, oversized, hostile strings.
        List<String> bodies = new ArrayList<>(List.of(
                "",
                "{",
                "not json",
                "[]",
                "null",
                "42",
                "\"text\"",
                "{\"sessionId\": {}}",
                "{\"sessionId\": []}",
                "{\"sessionId\": \"1\"}",
                "{\"sessionId\": 1.5}",
                "{\"sessionId\": true}",
                "{\"count\": -1}",
                "{\"count\": 0}",
                "{\"count\": 1e308}",
                "{\"code\": null}",
                "{\"tickets\": [{}]}",
                "{\"tickets\": [{\"sectionId\": \"x\", \"quantity\": 1}]}",
                "{\"tickets\": -1}",
                "{\"tickets\": 99999999999}",
                "{\"categories\": \"x\"}",
                "{\"categories\": [{\"priceCategoryId\": 99999999, \"quantity\": 1}]}",
                "{\"categories\": [{\"priceCategoryId\": 1, \"quantity\": -5}]}",
                "{\"method\": \"BITCOIN\"}",
                "{\"method\": 7}",
                "{\"language\": \"xx\"}",
                "{\"name\": \"A\", \"email\": \"a@example.org\", \"newsletter\": \"yes\"}",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"sessionId\": " + session + ", \"sessionId\": -1}",
                "{\"a\": \"" + "x".repeat(2_000_000) + "\"}"));
        for (String text : TEXTS) {
            bodies.add("{\"code\": " + jsonString(text) + ", \"email\": " + jsonString(text) + "}");
            bodies.add("{\"sessionId\": " + jsonString(text) + "}");
        }
        String orderPath = API + "/orders/" + attackerId;
        for (String body : bodies) {
            calls.add(new Call("POST", API + "/orders", null, body));
            calls.add(new Call("PUT", orderPath + "/promo", attacker, body));
            calls.add(new Call("POST", orderPath + "/quote", attacker, body));
            calls.add(new Call("POST", orderPath + "/sections/" + section + "/places", attacker, body));
            calls.add(new Call("DELETE", orderPath + "/sections/" + section + "/places", attacker, body));
            calls.add(new Call("PUT", orderPath + "/amount", attacker, body));
            calls.add(new Call("PUT", orderPath + "/address", attacker, body));
            calls.add(new Call("PUT", orderPath + "/payment-method", attacker, body));
            calls.add(new Call("POST", orderPath + "/payment", attacker, body));
        }
        // Ids that are not ours, overflow or are not numbers, in every place an id goes.
        for (String id : IDS) {
            calls.add(new Call("GET", API + "/orders/" + id, attacker, null));
            calls.add(new Call("PUT", API + "/orders/" + id + "/seats/" + seat, attacker, null));
            calls.add(new Call("PUT", orderPath + "/seats/" + id, attacker, null));
            calls.add(new Call("DELETE", orderPath + "/seats/" + id, attacker, null));
            calls.add(new Call("POST", orderPath + "/sections/" + id + "/places", attacker, "{\"count\": 1}"));
            calls.add(new Call("GET", API + "/sessions/" + id + "/availability", null, null));
            calls.add(new Call("GET", API + "/queue/" + id, null, null));
            calls.add(new Call("POST", API + "/queue/" + id, null, null));
        }
        // Another buyer's order: with the attacker's token, with none, with a forged one.
        String victimPath = API + "/orders/" + victimId;
        for (JsonObject token : new JsonObject[] {attacker, null, forged(victim)}) {
            calls.add(new Call("GET", victimPath, token, null));
            calls.add(new Call("GET", victimPath + "/promo", token, null));
            calls.add(new Call("PUT", victimPath + "/seats/" + hall.seatIds().get(1), token, null));
            calls.add(new Call("DELETE", victimPath + "/seats/" + seat, token, null));
            calls.add(new Call("DELETE", victimPath + "/sections/" + section + "/places", token, "{\"count\": 1}"));
            calls.add(new Call("PUT", victimPath + "/promo", token, "{\"code\": \"NOPE\"}"));
            calls.add(new Call("DELETE", victimPath + "/promo", token, null));
            calls.add(new Call("POST", victimPath + "/quote", token, "{\"tickets\": []}"));
            calls.add(new Call("PUT", victimPath + "/amount", token, "{\"tickets\": 2}"));
            calls.add(new Call(
                    "PUT",
                    victimPath + "/address",
                    token,
                    "{\"name\": \"Mallory\", \"email\": \"mallory@example.org\", \"line\": \"1 Road\","
                            + " \"postalCode\": \"10115\", \"city\": \"Berlin\", \"country\": \"DE\"}"));
            calls.add(new Call("POST", victimPath + "/seats/confirmed", token, null));
            calls.add(new Call("PUT", victimPath + "/payment-method", token, "{\"method\": \"CARD\"}"));
            calls.add(new Call("POST", victimPath + "/payment", token, null));
        }
        // Methods the API does not have.
        for (String method : List.of("PATCH", "PUT", "DELETE")) {
            calls.add(new Call(method, API + "/orders", null, "{}"));
        }
        calls.add(new Call("TRACE", API + "/orders/" + attackerId, attacker, null));

        for (Call call : calls) {
            HttpResponse<String> answer = send(call);
            assertSafe(call, answer);
            assertFalse(answer.body().contains(victimPnr), call + " shows another buyer's booking code");
        }
        assertEquals(before, orderState(victimId), "the other buyer's order is as it was");
        Consistency.assertConsistent(session);
    }

    @Test
    void theDoorApiTheWebhooksAndTheServletsRefuseHostileInput() throws Exception {
        List<Call> calls = new ArrayList<>();
        for (String body : List.of(
                "",
                "{",
                "[]",
                "{\"sessionId\": \"x\"}",
                "{\"sessionId\": 1}",
                "{\"sessionId\": 1, \"code\": 5}",
                "{\"sessionId\": 1, \"code\": \"MQ1.AAAA.BBBB\"}",
                "{\"sessionId\": 1, \"pnr\": " + jsonString(SCRIPT) + ", \"row\": \"A\", \"seat\": \"x\"}",
                "{\"sessionId\": 1, \"code\": " + jsonString("x".repeat(100_000)) + "}",
                "{\"scans\": [{\"code\": \"x\"}]}",
                "{\"scans\": \"x\"}")) {
            calls.add(new Call("POST", "/api/public/validate", null, body, doorToken("forged")));
            calls.add(new Call("POST", "/api/public/validate/sync", null, body, doorToken("forged")));
            calls.add(new Call("POST", "/api/public/validate", null, body, null));
        }
        for (String id : IDS) {
            for (String part : List.of("counters", "offline", "scans")) {
                calls.add(new Call(
                        "GET", "/api/public/validate/sessions/" + id + "/" + part, null, null, doorToken("forged")));
            }
        }
        calls.add(new Call("GET", "/api/public/validate/door", null, null, doorToken(SCRIPT)));
        for (String provider : List.of("stripe", "paypal", "none", "..%2Fstripe", encoded(SCRIPT))) {
            for (String body : List.of(
                    "", "{", "{\"id\": \"evt_1\", \"type\": \"payment_intent.succeeded\"}", "x".repeat(3_000_000))) {
                calls.add(new Call("POST", API + "/webhooks/" + provider, null, body));
            }
        }
        for (String path : List.of(
                "/images/abc",
                "/images/-1",
                "/images/99999999999999999999",
                "/images/1?variant=" + encoded(SCRIPT),
                "/calendar/order.ics?order=abc&token=" + encoded(SCRIPT),
                "/calendar/order.ics?order=-1",
                "/order-document?kind=" + encoded(SCRIPT),
                "/order.xhtml?token=" + encoded(SCRIPT),
                "/language?lang=" + encoded(SCRIPT) + "&to=" + encoded(SCRIPT),
                "/language?lang=de&to=https%3A%2F%2Fevil.example",
                "/language?lang=de&to=%2F%2Fevil.example",
                "/events/" + encoded(SCRIPT),
                "/events/" + "a".repeat(5000),
                "/search?q=" + encoded(SCRIPT),
                "/search?q=" + "%27%20OR%201%3D1",
                "/search?q=a%00b",
                "/categories/x?page=-1",
                "/categories/x?page=abc",
                "/blog?page=99999999999999999999",
                "/blog/" + encoded("' or 1=1"),
                "/newsletter?email=" + encoded(SCRIPT),
                "/sitemaps/events-0.xml",
                "/sitemaps/events-" + "9".repeat(50) + ".xml",
                "/checkout/?order=abc",
                "/checkout/amount.xhtml?order=-1",
                "/checkout/seats.xhtml?order=" + encoded(SCRIPT),
                "/checkout/tickets?order=1&token=" + encoded(SCRIPT),
                "/checkout/start?session=" + encoded(SCRIPT),
                "/checkout/return?order=abc&provider=" + encoded(SCRIPT),
                "/admin/invoice?id=abc",
                "/sso/start/" + encoded(SCRIPT),
                "/sso/callback/google?state=" + encoded(SCRIPT) + "&code=x",
                "/newsletter/unsubscribe?token=" + encoded(SCRIPT),
                "/newsletter/confirm?token=" + encoded(SCRIPT),
                "/door/?x=" + encoded(SCRIPT))) {
            calls.add(new Call("GET", path, null, null));
        }
        for (Call call : calls) {
            HttpResponse<String> answer = send(call);
            assertSafe(call, answer);
            if (call.path().startsWith("/language")) {
                String location = answer.headers().firstValue("Location").orElse("");
                assertFalse(location.contains("evil.example"), call + " sends the visitor elsewhere: " + location);
            }
        }
    }

    /**
     * Every form of the public site and of the admin and marketing panels, as their users see it:
     * each text field in turn gets each hostile text while the others keep what the page gave them;
     * then the form goes without its view state and with a forged one. The platform's settings and
     * the test mail are left out: a valid but odd value there would change what other tests see.
     */
    @Test
    void everyFormRefusesHostileInput() throws Exception {
        Map<String, List<String>> pagesByLogin = new LinkedHashMap<>();
        pagesByLogin.put(
                "",
                List.of("/newsletter", "/account/register.xhtml", "/login.xhtml", "/account/forgot-password.xhtml"));
        pagesByLogin.put(
                TestAccounts.admin(),
                List.of(
                        "/admin/categories.xhtml",
                        "/admin/city.xhtml",
                        "/admin/countries.xhtml",
                        "/admin/user.xhtml",
                        "/admin/venue.xhtml",
                        "/admin/artist.xhtml",
                        "/admin/event.xhtml"));
        pagesByLogin.put(
                TestAccounts.staff(Role.MARKETING),
                List.of(
                        "/marketing/post.xhtml",
                        "/marketing/categories.xhtml",
                        "/marketing/newsletter.xhtml",
                        "/marketing/subscribers.xhtml"));
        List<String> hostile =
                List.of(TEXTS.get(0), SCRIPT, TEXTS.get(3), TEXTS.get(6), "1e999", "-1", "x".repeat(100_000));
        int posts = 0;
        for (Map.Entry<String, List<String>> login : pagesByLogin.entrySet()) {
            HttpClient client = login.getKey().isEmpty()
                    ? PanelAccessMatrixIT.client()
                    : PanelAccessMatrixIT.logIn(login.getKey(), TestAccounts.PASSWORD);
            for (String page : login.getValue()) {
                for (FacesForm form : FacesForm.allOn(PanelAccessMatrixIT.get(client, page))) {
                    for (String field : form.textFields()) {
                        for (String value : hostile) {
                            Call call = new Call("POST", form.action(), null, page + " " + form.id() + " " + field);
                            assertSafe(call, form.post(client, field, value));
                            posts++;
                        }
                    }
                    assertSafe(
                            new Call("POST", form.action(), null, page + " without view state"),
                            form.postWithViewState(client, null));
                    assertSafe(
                            new Call("POST", form.action(), null, page + " with a forged view state"),
                            form.postWithViewState(client, "-1234567890:987654321"));
                }
            }
        }
        assertTrue(posts > 100, "the sweep posted " + posts + " forms");
    }

    /**
     * No 5xx, nothing of the server's insides, and the hostile script never back in a page as
     * markup (in a JSON answer it is a string a browser does not run: the API sends JSON with
     * {@code nosniff}).
     */
    private static void assertSafe(Call call, HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        assertTrue(answer.statusCode() < 500, call + " answered " + answer.statusCode() + ": " + shown);
        Matcher insides = INSIDES.matcher(body);
        if (insides.find()) {
            int from = Math.max(0, insides.start() - 150);
            throw new AssertionError(call + " shows the server's insides (" + insides.group() + "): …"
                    + body.substring(from, Math.min(body.length(), insides.end() + 150)) + "…");
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json")) {
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""),
                    call.toString());
        } else {
            assertFalse(body.contains(SCRIPT), call + " sends the script back as markup");
        }
    }

    private HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(Deployments.url(call.path())));
        } catch (IllegalArgumentException notAnAddress) {
            throw new AssertionError(call + " is not an address the test can send", notAnAddress);
        }
        request.timeout(Duration.ofSeconds(60))
                .method(
                        call.method(),
                        call.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (call.order() != null) {
            request.header("Order-Token", call.order().getString("token"));
        }
        if (call.doorToken() != null) {
            request.header("Door-Token", call.doorToken());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String orderState(long orderId) throws Exception {
        return TestDatabase.string(
                "select o.status || ' ' || o.tickets || ' ' || o.expire_if_not_completed_at"
                        + " || ' ' || o.checkout_step || ' ' || coalesce(o.buyer_email, '-')"
                        + " || ' ' || coalesce(o.payment_method, '-')"
                        + " || ' payments ' || (select count(*) from payment where order_id = o.id)"
                        + " || ' seats ' || (select count(*) from session_seat where order_id = o.id)"
                        + " || ' places ' || (select count(*) from session_place where order_id = o.id)"
                        + " || ' promo ' || (select count(*) from promo_code_use where order_id = o.id)"
                        + " from event_session_order o where o.id = ?",
                orderId);
    }

    /** The order with a token of the right shape that is not its own. */
    private static JsonObject forged(JsonObject order) {
        String token = order.getString("token");
        String flipped = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        return jakarta.json.Json.createObjectBuilder(order)
                .add("token", flipped)
                .build();
    }

    private static String doorToken(String text) {
        return text.replaceAll("[^\\x20-\\x7e]", "");
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A form of a Faces page as the page rendered it: its address, fields and first submit button. */
    private record FacesForm(
            String id,
            String action,
            Map<String, String> fields,
            List<String> textFields,
            String button,
            String viewState) {

        private static final Pattern FORM =
                Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
        private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
        private static final Pattern SELECT =
                Pattern.compile("<select\\b([^>]*)>.*?<option[^>]*value=\"([^\"]*)\"", Pattern.DOTALL);
        private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
        private static final Pattern SAFE_BUTTON =
                Pattern.compile(":(save|submit|add|create|continue|subscribe|register|send|apply)$");

        static List<FacesForm> allOn(HttpResponse<String> page) {
            List<FacesForm> forms = new ArrayList<>();
            Matcher matcher = FORM.matcher(page.body());
            while (matcher.find()) {
                String body = matcher.group(3);
                Map<String, String> fields = new LinkedHashMap<>();
                List<String> texts = new ArrayList<>();
                String viewState = null;
                String submitInput = null;
                Matcher input = INPUT.matcher(body);
                while (input.find()) {
                    String name = attribute(input.group(1), "name");
                    String type = attribute(input.group(1), "type");
                    if (name == null) {
                        continue;
                    }
                    if (name.equals("jakarta.faces.ViewState")) {
                        viewState = attribute(input.group(1), "value");
                        continue;
                    }
                    if ("submit".equals(type)
                            && submitInput == null
                            && SAFE_BUTTON.matcher(name).find()) {
                        submitInput = name;
                    }
                    if (type == null
                            || List.of("text", "email", "number", "password", "search", "tel", "url")
                                    .contains(type)) {
                        texts.add(name);
                    }
                    if (!"checkbox".equals(type)
                            && !"radio".equals(type)
                            && !"submit".equals(type)
                            && !"file".equals(type)) {
                        fields.put(name, Objects.requireNonNullElse(attribute(input.group(1), "value"), ""));
                    }
                }
                Matcher area = TEXTAREA.matcher(body);
                while (area.find()) {
                    String name = attribute(area.group(1), "name");
                    if (name != null) {
                        fields.put(name, area.group(2));
                        texts.add(name);
                    }
                }
                Matcher select = SELECT.matcher(body);
                while (select.find()) {
                    String name = attribute(select.group(1), "name");
                    if (name != null) {
                        fields.put(name, select.group(2));
                    }
                }
                // Only a button that saves or submits what was typed: a row's "delete" in a list
                // form (whose confirmation is the browser's) would remove another test's data.
                // PrimeFaces' is a <button>; a plain Faces form's (h:commandButton) an input.
                String button = null;
                Matcher buttons = BUTTON.matcher(body);
                while (button == null && buttons.find()) {
                    String name = attribute(buttons.group(1), "name");
                    if (!"button".equals(attribute(buttons.group(1), "type"))
                            && name != null
                            && SAFE_BUTTON.matcher(name).find()) {
                        button = name;
                    }
                }
                if (button == null) {
                    button = submitInput;
                }
                if (viewState != null && button != null) {
                    forms.add(new FacesForm(
                            matcher.group(1),
                            matcher.group(2).replace("&amp;", "&"),
                            fields,
                            texts,
                            button,
                            viewState));
                }
            }
            return forms;
        }

        HttpResponse<String> post(HttpClient client, String field, String value) throws Exception {
            Map<String, String> values = new LinkedHashMap<>(fields);
            values.put(field, value);
            return send(client, values, viewState);
        }

        HttpResponse<String> postWithViewState(HttpClient client, String forged) throws Exception {
            return send(client, new LinkedHashMap<>(fields), forged);
        }

        private HttpResponse<String> send(HttpClient client, Map<String, String> values, String state)
                throws Exception {
            values.put(id, id);
            if (button != null) {
                values.put(button, "");
            }
            if (state != null) {
                values.put("jakarta.faces.ViewState", state);
            }
            String body = values.entrySet().stream()
                    .map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(Deployments.url(action)))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", Deployments.BASE_URL)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String attribute(String attributes, String name) {
            Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
        }
    }

    /** One request of the sweep. */
    private record Call(String method, String path, JsonObject order, String body, String doorToken) {
        Call(String method, String path, JsonObject order, String body) {
            this(method, path, order, body, null);
        }

        @Override
        public String toString() {
            String shownBody = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            String shownPath = path.length() > 120 ? path.substring(0, 120) + "…" : path;
            return method + " " + shownPath + shownBody + (order == null ? "" : " (with an order token)");
        }
    }
}
