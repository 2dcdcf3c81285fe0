package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.CheckoutApiClient.API;
import static org.marquee.systemtest.CheckoutApiClient.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.identity.Role;

/**
 * Issue 13 probed over HTTP against the deployed EAR, as an attacker would: hostile JSON on the
 * checkout API, forged view state, requests from other sites, the security headers, sessions
 * across a login, and text that is not ASCII.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHardeningIT {

    /** The password of the buyers the tests make. */
    private static final String PASSWORD = "hardening-password-1";

    private static final String SITE = Deployments.BASE_URL;
    private static final Path SERVER_LOG =
            Path.of(System.getProperty("jboss.home", "."), "standalone", "log", "server.log");

    private final CheckoutApiClient api = new CheckoutApiClient();
    private final HttpClient http = api.http();

    private long sessionId;
    private long standingSectionId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @BeforeEach
    void aSessionOnSaleWithAStandingSection() throws Exception {
        // A session on sale of the test's own, with a standing section.
        BurstArena hall = BurstArena.create(2, 10, 100, 1).open();
        sessionId = hall.sessionIds().get(0);
        standingSectionId = hall.standingSectionId();
    }

    // Items 7, 8, 9: hostile JSON.

    @Test
    void numbersThatWouldWrapAreRefused() throws Exception {
        assertProblem(
                api.send(
                        "POST",
                        API + "/orders",
                        null,
                        "{\"sessionId\": " + new BigInteger("18446744073709551616").add(BigInteger.valueOf(sessionId))
                                + "}"),
                400,
                "invalidInput",
                "out of range");
        JsonObject order = api.start(sessionId);
        String places = API + "/orders/" + order.getInt("orderId") + "/sections/" + standingSectionId + "/places";
        assertProblem(api.send("POST", places, order, "{\"count\": 4294967297}"), 400, "invalidInput", "out of range");
        JsonObject view =
                CheckoutApiClient.json(api.send("GET", API + "/orders/" + order.getInt("orderId"), order, null));
        assertEquals(0, view.getInt("tickets"), "the refused claim held nothing");
    }

    @Test
    void aBodyWithTrailingGarbageIsRefused() throws Exception {
        long before = TestDatabase.count("select count(*) from event_session_order where session_id = ?", sessionId);
        HttpResponse<String> answer = api.send("POST", API + "/orders", null, "{\"sessionId\": " + sessionId + "} ]]]");
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(
                before, TestDatabase.count("select count(*) from event_session_order where session_id = ?", sessionId));
    }

    @Test
    void deepNestingIsABadRequestWithAtMostOneLogLine() throws Exception {
        JsonObject order = api.start(sessionId);
        String deep = "{\"tickets\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        String id = String.valueOf(order.getInt("orderId"));
        long linesBefore = logLines();
        for (String[] call : List.of(
                new String[] {"POST", API + "/orders"},
                new String[] {"POST", API + "/orders/" + id + "/sections/" + standingSectionId + "/places"},
                new String[] {"POST", API + "/orders/" + id + "/quote"},
                new String[] {"PUT", API + "/orders/" + id + "/promo"})) {
            HttpResponse<String> answer = api.send(call[0], call[1], order, deep);
            assertEquals(400, answer.statusCode(), call[1] + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertTrue(requestLogLinesSince(linesBefore) <= 4, "at most one log line per request");
    }

    // Item 10: forged view state.

    @ParameterizedTest
    @ValueSource(strings = {"stateless", "bogus", "1234567890:-987654321"})
    void aForgedViewStateIsAnExpiredPage(String viewState) throws Exception {
        Map<String, String> cookies = logIn(newBuyer("viewstate-" + Math.abs(viewState.hashCode()), PASSWORD));
        long linesBefore = logLines();
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(SITE + "/account/index.xhtml"))
                        .header("Cookie", cookieHeader(cookies))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(
                                Map.of("profile", "profile", "profile:save", "", "jakarta.faces.ViewState", viewState)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("id=\"error-expired\""), answer.body());
        assertTrue(requestLogLinesSince(linesBefore) <= 1, "one log line at most");
    }

    // Item 4: requests from other sites; the session cookie.

    @Test
    void aPostFromAnotherSiteIsRefusedAndOurOwnPasses() throws Exception {
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create(SITE + "/checkout/start"))
                        .header("Origin", "https://evil.example")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("session", String.valueOf(sessionId))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        HttpResponse<String> own = http.send(
                HttpRequest.newBuilder(URI.create(SITE + "/checkout/start"))
                        .header("Origin", SITE)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("session", String.valueOf(sessionId))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, own.statusCode());

        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(SITE + "/login.xhtml"))
                        .header("Origin", "https://evil.example")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(loginForm(newBuyer("csrf", PASSWORD), PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, login.statusCode(), "login CSRF");
        HttpResponse<String> api = this.api
                .http()
                .send(
                        HttpRequest.newBuilder(URI.create(SITE + API + "/orders"))
                                .header("Origin", "https://evil.example")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\": " + sessionId + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(403, api.statusCode());
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> page = get("/checkout/", Map.of());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MARQUEESESSION="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
    }

    // Item 6: headers everywhere; the live channel only for our own pages.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/events/no-such-event",
                "/blog/feed.atom",
                "/checkout/",
                "/admin/login.xhtml",
                "/venue/login.xhtml",
                "/artist/login.xhtml",
                "/marketing/login.xhtml",
                "/api/health",
                "/checkout/api/sessions/0/availability",
                "/no-such-page.xhtml"
            })
    void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> answer = get(path, Map.of());
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), path + ": " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(
                policy.substring(policy.indexOf("script-src")).contains("'unsafe-inline'"),
                "no inline script runs without the page's nonce: " + policy);
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), path);
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals(
                "strict-origin-when-cross-origin",
                answer.headers().firstValue("Referrer-Policy").orElse(null),
                path);
        assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void eachRenderingOfAPageHasItsOwnNonceAndAStatelessPageStaysWithoutSession() throws Exception {
        java.util.regex.Pattern nonceInPolicy = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9_-]+)'$");
        List<String> nonces = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> login = get("/admin/login.xhtml", Map.of());
            String policy =
                    login.headers().firstValue("Content-Security-Policy").orElse("");
            java.util.regex.Matcher nonce = nonceInPolicy.matcher(policy);
            assertTrue(nonce.find(), policy);
            nonces.add(nonce.group(1));
            assertTrue(
                    login.body().contains("<script nonce=\"" + nonce.group(1) + "\""), "PrimeFaces' scripts carry it");
            assertTrue(login.body().contains("PrimeFaces.csp.init('" + nonce.group(1) + "')"), "its client learns it");
            assertFalse(
                    java.util.regex.Pattern.compile("<[a-z]+[^>]* on[a-z]+=\"")
                            .matcher(login.body())
                            .find(),
                    "no handler attribute is left in the markup");
            assertTrue(
                    login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("MARQUEESESSION=")),
                    "the stateless login page opens no session: "
                            + login.headers().allValues("Set-Cookie"));
        }
        assertNotEquals(nonces.get(0), nonces.get(1));
    }

    @Test
    void xForwardedProtoAloneIsNotBelieved() throws Exception {
        // The test server has no proxy in front (MARQUEE_TRUST_PROXY unset): anyone can send the
        // header, so it neither turns on HSTS nor marks the session cookie Secure.
        HttpResponse<String> answer = get("/checkout/", Map.of("X-Forwarded-Proto", "https"));
        assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS from a forged header");
        String cookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MARQUEESESSION="))
                .findFirst()
                .orElseThrow();
        assertFalse(cookie.toLowerCase(Locale.ROOT).contains("secure"), cookie);
    }

    @Test
    void theLiveChannelAcceptsOnlyOurOwnOrigin() throws Exception {
        URI live = URI.create(SITE.replaceFirst("^http", "ws") + "/checkout/live/" + sessionId);
        CompletionException refused = assertThrows(CompletionException.class, () -> http.newWebSocketBuilder()
                .header("Origin", "https://evil.example")
                .buildAsync(live, new WebSocket.Listener() {})
                .join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(
                403,
                ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        WebSocket own = http.newWebSocketBuilder()
                .header("Origin", SITE)
                .buildAsync(live, new WebSocket.Listener() {})
                .get(10, TimeUnit.SECONDS);
        own.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }

    // Item 5: absolute addresses come from MARQUEE_PUBLIC_URL, never from the Host header.

    @Test
    void aForgedHostNeverReachesAbsoluteAddresses() throws Exception {
        String slug = TestDatabase.string(
                "select e.slug from event e join event_session s on s.event_id = e.id where s.id = ?", sessionId);
        for (String path : List.of("/events/" + slug, "/blog/feed.atom")) {
            String answer = rawGet(path, "evil.example");
            assertTrue(
                    answer.startsWith("HTTP/1.1 200"),
                    path + ": " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("evil.example"), path + " links to the forged host");
            assertTrue(answer.contains(SITE + "/"), path + " links to the site");
        }
    }

    /** A GET with a Host header of our choosing, which HttpClient does not allow to set. */
    private static String rawGet(String path, String host) throws IOException {
        URI site = URI.create(SITE);
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // Item 1: a new session id at login.

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneOpensNothing() throws Exception {
        String email = newBuyer("fixation", PASSWORD);
        String planted = get("/checkout/", Map.of()).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MARQUEESESSION="))
                .findFirst()
                .map(c -> c.substring("MARQUEESESSION=".length(), c.indexOf(';')))
                .orElseThrow();
        Map<String, String> cookies = new LinkedHashMap<>(Map.of("MARQUEESESSION", planted));
        HttpResponse<String> login = postLogin(email, PASSWORD, cookies);
        assertEquals(302, login.statusCode(), login.body());
        String renewed = cookies(login).get("MARQUEESESSION");
        assertNotNull(renewed, "the login sets a new session cookie");
        assertNotEquals(planted, renewed);
        assertEquals(
                200,
                get("/account/", Map.of("Cookie", "MARQUEESESSION=" + renewed)).statusCode());
        HttpResponse<String> withPlanted = get("/account/", Map.of("Cookie", "MARQUEESESSION=" + planted));
        assertEquals(302, withPlanted.statusCode(), "the planted id is not logged in");
    }

    // Item 3: a password change ends every other session; the owner sees and ends sessions.

    @Test
    void theOwnerEndsOneSessionAndAPasswordChangeEndsEveryOther() throws Exception {
        String email = newBuyer("sessions", PASSWORD);
        Map<String, String> here = logIn(email);
        List<Map<String, String>> elsewhere = List.of(logIn(email), logIn(email));

        HttpResponse<String> page = get("/account/security.xhtml", Map.of("Cookie", cookieHeader(here)));
        assertEquals(200, page.statusCode());
        assertEquals(3, count(page.body(), "class=\"mq-session\""), "three sessions listed");
        assertEquals(1, count(page.body(), "mq-session-current"), "this browser's is marked");
        Matcher end = Pattern.compile("name=\"(sessions:list:\\d+:end)\"").matcher(page.body());
        assertTrue(end.find(), "another session has an end button");
        HttpResponse<String> ended = postForm(
                "/account/security.xhtml", here, page.body(), Map.of("sessions", "sessions", end.group(1), "End"));
        assertEquals(302, ended.statusCode(), ended.body());
        List<Integer> afterEnd = new ArrayList<>();
        for (Map<String, String> other : elsewhere) {
            afterEnd.add(get("/account/", Map.of("Cookie", cookieHeader(other))).statusCode());
        }
        assertEquals(1, afterEnd.stream().filter(status -> status == 200).count(), "one ended: " + afterEnd);

        page = get("/account/security.xhtml", Map.of("Cookie", cookieHeader(here)));
        HttpResponse<String> wrong =
                postForm("/account/security.xhtml", here, page.body(), passwordForm("not-it", "a-new-password-1"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("ui-message-error"), "a wrong current password is refused");
        HttpResponse<String> changed =
                postForm("/account/security.xhtml", here, wrong.body(), passwordForm(PASSWORD, "a-new-password-1"));
        assertEquals(302, changed.statusCode(), changed.body());

        assertEquals(200, get("/account/", Map.of("Cookie", cookieHeader(here))).statusCode(), "this one goes on");
        for (Map<String, String> other : elsewhere) {
            assertNotEquals(
                    200, get("/account/", Map.of("Cookie", cookieHeader(other))).statusCode(), "every other ended");
        }
        assertEquals(200, postLogin(email, PASSWORD, new LinkedHashMap<>()).statusCode(), "the old one fails");
        assertEquals(
                302, postLogin(email, "a-new-password-1", new LinkedHashMap<>()).statusCode());
    }

    private static Map<String, String> passwordForm(String current, String chosen) {
        return Map.of(
                "password", "password",
                "password:current", current,
                "password:new", chosen,
                "password:repeated", chosen,
                "password:change", "");
    }

    /** Posts a form of a page as its browser would: its view state, the session's cookies, our Origin. */
    private HttpResponse<String> postForm(
            String path, Map<String, String> cookies, String page, Map<String, String> fields) throws Exception {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(state.find(), "the page has a view state");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        return http.send(
                HttpRequest.newBuilder(URI.create(SITE + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", SITE)
                        .header("Cookie", cookieHeader(cookies))
                        .POST(form(all))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    // Item 11: every request is UTF-8.

    @ParameterizedTest
    @ValueSource(strings = {"Jürgen Prüfer ä-ö-ß", "João Conceição", "山田 太郎", "Zoë 🎟️🎸"})
    void passwordsAndNamesThatAreNotAsciiSurviveAFormWithoutSession(String text) throws Exception {
        String email = newBuyer("utf8-" + Integer.toHexString(text.hashCode()), text);
        HttpResponse<String> login = postLogin(email, text, new LinkedHashMap<>());
        assertEquals(302, login.statusCode(), "logged in with the password " + text);

        String registered = "reg-" + Integer.toHexString(text.hashCode()) + "@marquee.test";
        HttpResponse<String> register = http.send(
                HttpRequest.newBuilder(URI.create(SITE + "/account/register.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of(
                                "register", "register",
                                "register:displayName", text,
                                "register:email", registered,
                                "register:password", text + " long enough 1",
                                "register:language", "en",
                                "register:submit", "",
                                "jakarta.faces.ViewState", "stateless")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, register.statusCode(), register.body());
        assertEquals(text, TestDatabase.string("select display_name from app_user where email = ?", registered));
    }

    /** The newsletter form, posted to its friendly address (forwarded to the page) without a session. */
    @Test
    void theNewsletterFormKeepsAnAddressThatIsNotAscii() throws Exception {
        String email = "jürgen-" + System.nanoTime() + "@prüfer.de";
        for (String path : List.of("/newsletter", "/newsletter.xhtml")) {
            String address = path.length() + email;
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(SITE + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(form(Map.of(
                                    "signup", "signup",
                                    "signup:email", address,
                                    "signup:subscribe", "",
                                    "jakarta.faces.ViewState", "stateless")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 400, path + ": " + answer.statusCode());
            assertEquals(
                    1,
                    TestDatabase.count("select count(*) from newsletter_subscriber where email = ?", address),
                    path + " stored " + address);
        }
    }

    private static String newBuyer(String name, String password) throws Exception {
        String email = name + "-" + System.nanoTime() + "@marquee.test";
        TestAccounts.insertUser(email, password, Role.BUYER);
        return email;
    }

    private Map<String, String> logIn(String email) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> login = postLogin(email, PASSWORD, cookies);
        assertEquals(302, login.statusCode(), login.body());
        cookies.putAll(cookies(login));
        return cookies;
    }

    private HttpResponse<String> postLogin(String email, String password, Map<String, String> cookies)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SITE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(loginForm(email, password)));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader(cookies));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> loginForm(String email, String password) {
        return Map.of(
                "login", "login",
                "continue", "/account/",
                "login:email", email,
                "login:password", password,
                "login:submit", "",
                "jakarta.faces.ViewState", "stateless");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(SITE + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form encoded as browsers do: UTF-8, without saying so in the Content-Type. */
    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static Map<String, String> cookies(HttpResponse<?> response) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return cookies;
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static long logLines() throws IOException {
        try (var lines = Files.lines(SERVER_LOG, StandardCharsets.ISO_8859_1)) {
            return lines.count();
        }
    }

    /** A log record's first line: "2026-12-07 06:17:48,025 LEVEL [category] (thread) message". */
    private static final Pattern RECORD =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d+ +\\S+ +\\[[^]]*] \\(([^)]*)\\)");

    /**
     * The server log's lines after the first {@code from} that requests wrote: records of Undertow's worker and I/O
     * threads with their continuation lines (a stack trace counts line by line). Timers and other background work log
     * on their own threads at any moment and are not the request's doing.
     */
    private static long requestLogLinesSince(long from) throws IOException {
        try (var lines = Files.lines(SERVER_LOG, StandardCharsets.ISO_8859_1)) {
            boolean[] request = {false};
            return lines.skip(from)
                    .filter(line -> {
                        Matcher record = RECORD.matcher(line);
                        if (record.find()) {
                            String thread = record.group(1);
                            request[0] = thread.startsWith("default task-") || thread.startsWith("default I/O-");
                        }
                        return request[0];
                    })
                    .count();
        }
    }
}
