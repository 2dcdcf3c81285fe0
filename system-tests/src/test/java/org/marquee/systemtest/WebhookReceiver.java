package org.marquee.systemtest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.payment.PaymentProvider;

/** Stands in for our webhook endpoint in tests without a server: records what a provider fake sent. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<WebhookRequest> received = Collections.synchronizedList(new ArrayList<>());

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                try (exchange) {
                    Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, h -> h.getValue().get(0)));
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    receiver.received.add(new WebhookRequest(null, null, headers, body));
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
    }

    List<WebhookRequest> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The payment each received request is about, once the provider verified it. */
    List<String> intentIds(PaymentProvider provider) {
        return received().stream()
                .map(request -> provider.verify(request.headers(), request.body())
                        .payment()
                        .orElseThrow()
                        .paymentRef())
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
