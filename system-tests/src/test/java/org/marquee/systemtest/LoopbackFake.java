package org.marquee.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on the loopback interface that plays a provider's API (JDK HttpServer: no
 * dependency, and enough for a handful of JSON and form endpoints). Each request runs on its own
 * thread, so a delayed answer does not hold up the others; every answer allows any origin, as the
 * providers' APIs do for their browser scripts.
 */
abstract class LoopbackFake implements AutoCloseable {

    /** One request, read whole. Header names are lower case. */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** The body as an HTML/Stripe form: keys as sent ({@code metadata[pnr]}), values decoded. */
        Map<String, String> form() {
            return decode(body);
        }
    }

    record Response(int status, String contentType, String body, Map<String, String> headers) {

        static Response json(int status, String body) {
            return new Response(status, "application/json", body, Map.of());
        }

        static Response html(String body) {
            return new Response(200, "text/html; charset=utf-8", body, Map.of());
        }

        static Response redirect(String location) {
            return new Response(303, "text/plain", "", Map.of("Location", location));
        }

        Response withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Response(status, contentType, body, more);
        }
    }

    protected final FakeFaults faults = new FakeFaults();
    protected final FakeWebhooks webhooks;
    private final HttpServer server;
    private final ExecutorService threads;

    LoopbackFake(int port, URI webhookUrl) {
        this.webhooks = new FakeWebhooks(webhookUrl);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, getClass().getSimpleName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** The fake's answer to one request. */
    abstract Response answer(Request request);

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port, what the SDKs' API base is set to. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public void failNext(FakeOperation operation, int httpStatus) {
        faults.failNext(operation, httpStatus);
    }

    /** The next {@code times} calls of the operation answer with the HTTP status. */
    public void failNext(FakeOperation operation, int httpStatus, int times) {
        faults.failNext(operation, httpStatus, times);
    }

    /** Delays the next such call: longer than the client's read timeout, it plays a timeout. */
    public void delayNext(FakeOperation operation, Duration delay) {
        faults.delayNext(operation, delay);
    }

    /** Delays the next {@code times} such calls, each by {@code delay}. */
    public void delayNext(FakeOperation operation, Duration delay, int times) {
        faults.delayNext(operation, delay, times);
    }

    /** Delivers webhooks on this many threads from now on (see {@link FakeWebhooks#senders}). */
    public void webhookSenders(int threads) {
        webhooks.senders(threads);
    }

    /** Sends an event the server did not take again, later and later, as the providers do. */
    public void webhookRetries(boolean retrying) {
        webhooks.retrying(retrying);
    }

    public void webhookMode(WebhookMode mode) {
        webhooks.mode(mode);
    }

    /** Sends the events kept while the mode was HOLD, in the order they happened. */
    public void releaseHeld() {
        webhooks.releaseHeld(false);
    }

    /** Sends the events kept while the mode was HOLD, the last one first. */
    public void releaseHeldReversed() {
        webhooks.releaseHeld(true);
    }

    /** Sends an event produced before once more, exactly as it was. */
    public void resend(String eventId) {
        webhooks.resend(eventId);
    }

    /** Every event produced, in order, whether it was sent or not. */
    public List<WebhookRequest> events() {
        return webhooks.events();
    }

    /** Every attempt to send an event so far and what the receiver answered. */
    public List<WebhookDelivery> deliveries() {
        return webhooks.deliveries();
    }

    /** Waits until the events sent so far have been answered by the receiver. */
    public void awaitDeliveries(Duration timeout) {
        webhooks.awaitSent(timeout);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        webhooks.close();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            Request request =
                    new Request(exchange.getRequestMethod(), uri.getPath(), decode(uri.getRawQuery()), headers, body);
            Response response;
            try {
                response = answer(request);
            } catch (RuntimeException e) {
                response = Response.json(500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The client gave up (a delay longer than its timeout): nothing to answer to.
        }
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The address with these parameters added, after any query it has (and before a fragment). */
    static String withQuery(String url, Map<String, String> parameters) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        StringBuilder result = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            result.append(separator)
                    .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return result.append(fragment).toString();
    }

    /**
     * The port of the fake the test server is configured for: the build's system property in the
     * test JVM; inside the server (which has the environment but not the properties) the port of
     * the API address the server was given.
     */
    static int configuredPort(String property, String apiBaseVariable, int otherwise) {
        String port = System.getProperty(property);
        if (port != null && !port.isBlank()) {
            return Integer.parseInt(port.strip());
        }
        String apiBase = System.getenv(apiBaseVariable);
        if (apiBase != null && !apiBase.isBlank() && URI.create(apiBase.strip()).getPort() > 0) {
            return URI.create(apiBase.strip()).getPort();
        }
        return otherwise;
    }

    /** An address of the server under test, in the test JVM and inside the server alike. */
    static URI serverUrl(String path) {
        String base = System.getProperty("marquee.base.url");
        if (base == null || base.isBlank()) {
            base = Optional.ofNullable(System.getenv("MARQUEE_PUBLIC_URL")).orElse("http://127.0.0.1:8080");
        }
        return URI.create(base.strip().replaceAll("/+$", "") + path);
    }

    /** Name-value pairs in the order given, for a query string. */
    static Map<String, String> parameters(String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
