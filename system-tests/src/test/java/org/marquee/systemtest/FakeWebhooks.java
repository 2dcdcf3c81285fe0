package org.marquee.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The webhook side of a provider fake: records every event it produced and sends it to the
 * webhook address, one at a time and in order (on one thread, as a provider's retries would not
 * overlap), according to the {@link WebhookMode}. What the receiver answered is recorded.
 */
final class FakeWebhooks implements AutoCloseable {

    private final URI url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ExecutorService sender = pool(1);
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
    /** Attempts of an event the receiver did not take (2xx), when {@link #retrying}: 1, 2, 4 ... 64 s apart. */
    private static final int RETRIES = 8;

    private final ScheduledExecutorService retrier = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-webhook-retries");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean retrying;
    private final Map<String, WebhookRequest> events = new LinkedHashMap<>();
    private final List<WebhookRequest> held = new ArrayList<>();
    private final List<WebhookDelivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private WebhookMode mode = WebhookMode.DELIVER;

    FakeWebhooks(URI url) {
        this.url = url;
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "fake-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Sends on {@code threads} threads from now on, as Stripe and PayPal deliver many events at
     * once and in no promised order (the load tests); one thread, the default, keeps them in order.
     */
    synchronized void senders(int threads) {
        awaitSent(Duration.ofMinutes(1));
        sender.shutdown();
        sender = pool(threads);
    }

    /**
     * Sends an event the receiver did not answer with a 2xx again, later and later, as Stripe and
     * PayPal do (the load tests, where a node or the database fails mid-sale); off by default, so
     * that a test sees exactly the deliveries it asked for.
     */
    void retrying(boolean retrying) {
        this.retrying = retrying;
    }

    synchronized void mode(WebhookMode mode) {
        this.mode = mode;
    }

    /** Records an event the provider produced and sends it as the mode says. */
    synchronized void produced(WebhookRequest event) {
        events.put(event.eventId(), event);
        switch (mode) {
            case DELIVER -> send(event);
            case DUPLICATE -> {
                send(event);
                send(event);
            }
            case HOLD -> held.add(event);
            case DROP -> {}
        }
    }

    synchronized void releaseHeld(boolean reversed) {
        List<WebhookRequest> release = new ArrayList<>(held);
        held.clear();
        if (reversed) {
            Collections.reverse(release);
        }
        release.forEach(this::send);
    }

    synchronized void resend(String eventId) {
        WebhookRequest event = events.get(eventId);
        if (event == null) {
            throw new IllegalArgumentException("No event " + eventId);
        }
        send(event);
    }

    synchronized List<WebhookRequest> events() {
        return List.copyOf(events.values());
    }

    synchronized List<WebhookRequest> held() {
        return List.copyOf(held);
    }

    List<WebhookDelivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** Waits until every event sent so far has been answered (or failed). */
    void awaitSent(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException(pending.get() + " webhooks still being sent after " + timeout);
            }
            Waits.latency(Duration.ofMillis(10));
        }
    }

    private void send(WebhookRequest event) {
        send(event, 1);
    }

    private void send(WebhookRequest event, int attempt) {
        if (url == null) {
            return;
        }
        pending.incrementAndGet();
        sender.execute(() -> {
            try {
                int status = post(event);
                deliveries.add(new WebhookDelivery(event.eventId(), event.type(), status));
                if ((status < 200 || status > 299) && retrying && attempt < RETRIES) {
                    pending.incrementAndGet();
                    retrier.schedule(
                            () -> {
                                pending.decrementAndGet();
                                send(event, attempt + 1);
                            },
                            1L << (attempt - 1),
                            TimeUnit.SECONDS);
                }
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    private int post(WebhookRequest event) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(event.body()));
        event.headers().forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        retrier.shutdownNow();
    }
}
