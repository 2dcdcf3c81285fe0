package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter every panel's requests pass: UTF-8, the Origin check, the security headers. */
class RequestGuardTest {

    private static final SiteSecurity LOCAL = SiteSecurity.of(name -> null);
    private static final SiteSecurity PUBLIC =
            SiteSecurity.of(Map.of("MARQUEE_PUBLIC_URL", "https://tickets.example.com/")::get);
    private static final SiteSecurity TRUSTED_PROXY = SiteSecurity.of(Map.of("MARQUEE_TRUST_PROXY", "true")::get);

    @Test
    void aFormWithoutCharsetIsReadAsUtf8() throws Exception {
        Exchange exchange = new Exchange("POST", Map.of("Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080"));
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertEquals("UTF-8", exchange.encoding);
        assertTrue(exchange.passed);
    }

    @Test
    void aParameterWithANulCharacterIsABadRequest() throws Exception {
        Exchange exchange = new Exchange("POST", Map.of("Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080"));
        exchange.parameters.put("form:name", new String[] {"Ana\u0000"});
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertEquals(400, exchange.error);
        assertFalse(exchange.passed);

        Exchange plain = new Exchange("POST", Map.of("Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080"));
        plain.parameters.put("form:name", new String[] {"Ana \u202e\ud83d\ude00"});
        new RequestGuard(LOCAL).doFilter(plain.request(), plain.response(), plain.chain());
        assertTrue(plain.passed);
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        Exchange exchange = new Exchange("POST", Map.of("Host", "127.0.0.1:8080", "Origin", "https://evil.example"));
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertFalse(exchange.passed);
        assertEquals(403, exchange.error);
    }

    @Test
    void aPostWithoutOriginThatSaysCrossSiteIsRefused() throws Exception {
        Exchange exchange = new Exchange("POST", Map.of("Host", "127.0.0.1:8080", "Sec-Fetch-Site", "cross-site"));
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertEquals(403, exchange.error);
    }

    @Test
    void programsWithoutOriginPass() throws Exception {
        Exchange exchange = new Exchange("POST", Map.of("Host", "127.0.0.1:8080"));
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertTrue(exchange.passed);
    }

    @Test
    void aWebSocketFromAnotherSiteIsRefused() throws Exception {
        Exchange exchange = new Exchange(
                "GET", Map.of("Host", "127.0.0.1:8080", "Origin", "http://evil.example", "Upgrade", "websocket"));
        new RequestGuard(LOCAL).doFilter(exchange.request(), exchange.response(), exchange.chain());
        assertEquals(403, exchange.error);
    }

    @Test
    void theSameSiteIsTheRequestedHostOrThePublicAddress() {
        RequestGuard local = new RequestGuard(LOCAL);
        assertTrue(local.sameSite("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertTrue(local.sameSite("https://tickets.example.com", "tickets.example.com"));
        assertTrue(local.sameSite("https://tickets.example.com", "tickets.example.com:443"));
        assertFalse(local.sameSite("http://127.0.0.1:8081", "127.0.0.1:8080"));
        assertFalse(local.sameSite("null", "127.0.0.1:8080"));
        assertFalse(local.sameSite("https://tickets.example.com.evil.example", "tickets.example.com"));
        RequestGuard behindProxy = new RequestGuard(PUBLIC);
        assertTrue(behindProxy.sameSite("https://tickets.example.com", "127.0.0.1:8080"));
        assertFalse(behindProxy.sameSite("http://tickets.example.com:8443", "127.0.0.1:8080"));
    }

    @Test
    void everyAnswerCarriesTheHeadersAndHstsBehindHttps() throws Exception {
        Exchange plain = new Exchange("GET", Map.of("Host", "127.0.0.1:8080"));
        new RequestGuard(LOCAL).doFilter(plain.request(), plain.response(), plain.chain());
        assertTrue(plain.headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", plain.headers.get("X-Frame-Options"));
        assertEquals("nosniff", plain.headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", plain.headers.get("Referrer-Policy"));
        assertNull(plain.headers.get("Strict-Transport-Security"));

        Exchange proxied = new Exchange("GET", Map.of("Host", "127.0.0.1:8080", "X-Forwarded-Proto", "https"));
        new RequestGuard(TRUSTED_PROXY).doFilter(proxied.request(), proxied.response(), proxied.chain());
        assertTrue(proxied.headers.get("Strict-Transport-Security").startsWith("max-age="));
    }

    @Test
    void xForwardedProtoCountsOnlyBehindATrustedProxy() throws Exception {
        Map<String, String> headers = Map.of("Host", "127.0.0.1:8080", "X-Forwarded-Proto", "https");
        Exchange direct = new Exchange("GET", headers);
        new RequestGuard(LOCAL).doFilter(direct.request(), direct.response(), direct.chain());
        assertNull(direct.headers.get("Strict-Transport-Security"), "anyone can send X-Forwarded-Proto");
        assertFalse(direct.passedOn.isSecure());

        Exchange proxied = new Exchange("GET", Map.of("Host", "tickets.example.com", "X-Forwarded-Proto", "https"));
        SiteSecurity trusted = SiteSecurity.of(
                Map.of("MARQUEE_TRUST_PROXY", "true", "MARQUEE_ALLOWED_HOSTS", "tickets.example.com")::get);
        new RequestGuard(trusted).doFilter(proxied.request(), proxied.response(), proxied.chain());
        assertTrue(proxied.passedOn.isSecure());
        assertEquals("https", proxied.passedOn.getScheme());
        assertEquals(443, proxied.passedOn.getServerPort());
        assertTrue(proxied.headers.get("Strict-Transport-Security").startsWith("max-age="));
        assertFalse(SiteSecurity.of(Map.of("MARQUEE_TRUST_PROXY", "no")::get).trustProxy());
    }

    @Test
    void withoutAPublicAddressOnlyTheConfiguredHostsAreServed() throws Exception {
        for (String host : new String[] {"127.0.0.1:8080", "localhost", "LOCALHOST:8280", "[::1]:8080"}) {
            Exchange ours = new Exchange("GET", Map.of("Host", host));
            new RequestGuard(LOCAL).doFilter(ours.request(), ours.response(), ours.chain());
            assertTrue(ours.passed, host);
        }
        for (String host : new String[] {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", ""}) {
            Exchange forged = new Exchange("GET", Map.of("Host", host));
            new RequestGuard(LOCAL).doFilter(forged.request(), forged.response(), forged.chain());
            assertFalse(forged.passed, host);
            assertEquals(400, forged.error, host);
        }
        Exchange none = new Exchange("GET", Map.of());
        new RequestGuard(LOCAL).doFilter(none.request(), none.response(), none.chain());
        assertEquals(400, none.error);

        SiteSecurity configured = SiteSecurity.of(Map.of("MARQUEE_ALLOWED_HOSTS", "tickets.example.com, box.lan")::get);
        assertTrue(configured.hostAllowed("tickets.example.com:8080"));
        assertTrue(configured.hostAllowed("box.lan"));
        assertFalse(configured.hostAllowed("localhost"));

        Exchange anyHost = new Exchange("GET", Map.of("Host", "evil.example"));
        new RequestGuard(PUBLIC).doFilter(anyHost.request(), anyHost.response(), anyHost.chain());
        assertTrue(anyHost.passed, "with a public address links never come from the Host header");
        assertEquals("tickets.example.com", anyHost.passedOn.getServerName());
    }

    @Test
    void thePolicyAllowsOurScriptsAndStripe() {
        String policy = LOCAL.contentSecurityPolicy();
        assertTrue(policy.endsWith("script-src 'self' https://js.stripe.com https://api.stripe.com"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(
                policy.contains(
                        "frame-src 'self' https://js.stripe.com https://api.stripe.com https://js.stripe.com https://hooks.stripe.com"),
                policy);
        String local = SiteSecurity.of(Map.of(
                        "MARQUEE_STRIPE_JS_URL", "http://127.0.0.1:4300/v3/",
                        "MARQUEE_STRIPE_API_BASE", "http://127.0.0.1:4301")::get)
                .contentSecurityPolicy();
        assertTrue(local.contains("connect-src 'self' http://127.0.0.1:4300 http://127.0.0.1:4301;"), local);
        assertTrue(local.endsWith("script-src 'self' http://127.0.0.1:4300 http://127.0.0.1:4301"), local);
    }

    @Test
    void aPagesPolicyAddsItsNonceToScriptsAndNothingElse() {
        String nonce = CspNonce.fresh();
        String policy = LOCAL.contentSecurityPolicy(nonce);
        assertTrue(policy.startsWith(LOCAL.contentSecurityPolicy()), policy);
        assertTrue(policy.endsWith("https://api.stripe.com 'nonce-" + nonce + "'"), policy);
        assertFalse(policy.substring(policy.indexOf("script-src")).contains("'unsafe-inline'"), policy);
        assertTrue(nonce.matches("[A-Za-z0-9_-]{24}"), nonce);
        assertFalse(nonce.equals(CspNonce.fresh()), "a fresh nonce each time");
        for (String forged :
                new String[] {null, "", "short", "a'; script-src *", "x".repeat(65), "abc def ghi jkl mno pqr stu"}) {
            assertThrows(
                    IllegalArgumentException.class, () -> LOCAL.contentSecurityPolicy(forged), String.valueOf(forged));
        }
    }

    /** A request and a response as small as the filter needs, without a container. */
    private static final class Exchange {
        final String method;
        final Map<String, String> requestHeaders;
        final Map<String, String> headers = new HashMap<>();
        final Map<String, String[]> parameters = new HashMap<>();
        String encoding;
        Integer error;
        boolean passed;
        HttpServletRequest passedOn;

        Exchange(String method, Map<String, String> requestHeaders) {
            this.method = method;
            this.requestHeaders = requestHeaders;
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (proxy, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getHeader" -> requestHeaders.entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                                .map(Map.Entry::getValue)
                                .findFirst()
                                .orElse(null);
                        case "getDispatcherType" -> DispatcherType.REQUEST;
                        case "getCharacterEncoding" -> encoding;
                        case "setCharacterEncoding" -> {
                            encoding = (String) args[0];
                            yield null;
                        }
                        case "getServletPath" -> "/index.xhtml";
                        case "getRequestURI" -> "/index.xhtml";
                        case "isSecure" -> false;
                        case "getParameterMap" -> parameters;
                        default -> null;
                    });
        }

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, m, args) -> switch (m.getName()) {
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "sendError" -> {
                            error = (Integer) args[0];
                            yield null;
                        }
                        case "isCommitted" -> false;
                        default -> null;
                    });
        }

        FilterChain chain() {
            return (request, response) -> {
                passed = true;
                passedOn = (HttpServletRequest) request;
            };
        }
    }
}
