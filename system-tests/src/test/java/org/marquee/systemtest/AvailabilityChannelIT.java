package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.systemtest.CheckoutApiClient.API;
import static org.marquee.systemtest.CheckoutApiClient.seatPath;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live channel between nodes, against the deployed EAR on PostgreSQL: a change another node
 * commits reaches this node's open pages within a second, this node's own changes are pushed once,
 * a burst of claims is pushed in a few messages, and the listener comes back after its connection
 * is killed. "Another node" is this test: it commits a hold in SQL and sends the notice that node
 * would send, with its own origin id, over its own connection.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AvailabilityChannelIT {

    private static final String LISTENER = "marquee-availability-listener";
    private static final String OTHER_NODE = "other-node";

    private final CheckoutApiClient api = new CheckoutApiClient();

    private final List<Long> heldInSql = new ArrayList<>();
    private long sessionId;
    private LiveFeed page;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @BeforeEach
    void aSeatedSessionOnSaleWithAnOpenPage() throws Exception {
        // A seated session on sale of the test's own, with more than 50 free seats.
        sessionId = BurstArena.seatedOnly(6, 12, 1).open().sessionIds().get(0);
        listeningBackend(0);
        page = LiveFeed.open(api.http(), sessionId);
    }

    @AfterEach
    void closeThePageAndFreeWhatTheOtherNodeHeld() throws Exception {
        if (page != null) {
            page.close();
        }
        for (long seat : heldInSql) {
            TestDatabase.update(
                    "update session_seat set held_until = timestamp with time zone '1970-01-01 00:00:00+00'"
                            + " where session_id = ? and seat_id = ? and order_id is null",
                    sessionId,
                    seat);
        }
    }

    @Test
    void aHoldCommittedByAnotherNodeReachesThisNodesPageWithinASecond() throws Exception {
        long seat = freeSeats(1).get(0);

        long sent = anotherNodeHolds(seat);

        JsonObject message = page.awaitSeat(seat, "HELD", Duration.ofSeconds(1));
        assertTrue(message.getJsonArray("sections").size() > 0, "fresh section counts come along: " + message);
        assertTrue(System.nanoTime() - sent < Duration.ofSeconds(1).toNanos());
    }

    @Test
    void thisNodesOwnClaimIsPushedOnceThoughItsNoticeComesBack() throws Exception {
        long seat = freeSeats(1).get(0);
        JsonObject buyer = start();

        assertEquals(200, api.send("PUT", seatPath(buyer, seat), buyer, null).statusCode());

        page.awaitSeat(seat, "HELD", Duration.ofSeconds(1));
        // The notice this node sent comes back to its own listener about as fast as one from
        // another node (first test); it must not make a second push.
        Waits.stays(
                "pushed once, not again for the node's own notice",
                Duration.ofSeconds(1),
                () -> page.messagesAbout(seat),
                0L);
    }

    @Test
    void aBurstOfClaimsIsPushedInAFewMessagesCarryingEverySeat() throws Exception {
        int claims = 12;
        List<Long> seats = freeSeats(claims);
        List<JsonObject> buyers = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            buyers.add(start());
        }
        ExecutorService threads = Executors.newFixedThreadPool(claims);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < claims; i++) {
                JsonObject buyer = buyers.get(i);
                long seat = seats.get(i);
                statuses.add(threads.submit(() ->
                        api.send("PUT", seatPath(buyer, seat), buyer, null).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        int messages = page.awaitAllSeats(seats, "HELD", Duration.ofSeconds(1));
        assertTrue(messages < claims, claims + " claims, " + messages + " messages: changes are gathered per session");
    }

    @Test
    void theListenerComesBackAfterItsConnectionIsKilledAndDeliversAgain() throws Exception {
        int killed = listeningBackend(0);
        assertEquals("t", TestDatabase.string("select pg_terminate_backend(?)", killed));

        int again = listeningBackend(killed);
        assertNotEquals(killed, again);
        long seat = freeSeats(1).get(0);
        anotherNodeHolds(seat);
        page.awaitSeat(seat, "HELD", Duration.ofSeconds(1));

        // The killed connection went back to the pool broken: no request may be lent it.
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> availability =
                    api.send("GET", API + "/sessions/" + sessionId + "/availability?seats=false", null, null);
            assertEquals(200, availability.statusCode(), availability.body());
        }
    }

    /**
     * The pid of the backend this node listens on, once it listens (and is not {@code not}):
     * waits for the listener to connect, at start-up or after its connection was lost.
     */
    private static int listeningBackend(int not) throws Exception {
        long pid = Waits.until(
                "a node listening on the availability channel",
                Duration.ofSeconds(30),
                () -> TestDatabase.count(
                        "select coalesce(max(pid), 0) from pg_stat_activity"
                                + " where datname = current_database() and application_name = ? and pid <> ?",
                        LISTENER,
                        not),
                found -> found != 0);
        return (int) pid;
    }

    /** Holds a seat as another node's claim would and sends that node's notice; returns when it sent. */
    private long anotherNodeHolds(long seat) throws Exception {
        heldInSql.add(seat);
        try (Connection otherNode = TestDatabase.connect()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement hold = otherNode.prepareStatement("update session_seat"
                    + " set held_until = now() + interval '10 minutes' where session_id = ? and seat_id = ?")) {
                hold.setLong(1, sessionId);
                hold.setLong(2, seat);
                assertEquals(1, hold.executeUpdate());
            }
            otherNode.commit();
        }
        try (Connection notifier = TestDatabase.connect();
                PreparedStatement notify = notifier.prepareStatement("select pg_notify('marquee_availability', ?)")) {
            notify.setString(1, "1;" + OTHER_NODE + ";" + sessionId + ";" + seat + ";");
            notify.execute();
            return System.nanoTime();
        }
    }

    private List<Long> freeSeats(int count) throws Exception {
        List<Long> seats = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement free = connection.prepareStatement("select ss.seat_id from session_seat ss"
                        + " join seat st on st.id = ss.seat_id where ss.session_id = ? and ss.held_until < now()"
                        + " and not st.disabled order by st.row_label, st.seat_number limit ?")) {
            free.setLong(1, sessionId);
            free.setInt(2, count);
            try (var rows = free.executeQuery()) {
                while (rows.next()) {
                    seats.add(rows.getLong(1));
                }
            }
        }
        assertEquals(count, seats.size());
        return seats;
    }

    private JsonObject start() throws Exception {
        return api.start(sessionId);
    }

    /** An open seat map of the session, as far as the live channel goes: the messages it gets. */
    private static final class LiveFeed implements WebSocket.Listener {

        private final LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static LiveFeed open(HttpClient http, long sessionId) throws Exception {
            LiveFeed feed = new LiveFeed();
            String url = Deployments.url("/checkout/live/" + sessionId).replaceFirst("^http", "ws");
            feed.socket = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(url), feed)
                    .get(10, TimeUnit.SECONDS);
            return feed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(
                        Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** Waits for a message that gives the seat this state; returns it. */
        JsonObject awaitSeat(long seat, String state, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            List<JsonObject> seen = new ArrayList<>();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                JsonObject message = messages.poll(left, TimeUnit.NANOSECONDS);
                if (message == null) {
                    break;
                }
                seen.add(message);
                if (state.equals(stateIn(message, seat))) {
                    return message;
                }
            }
            throw new AssertionError("seat " + seat + " not pushed " + state + " within " + within + "; got " + seen);
        }

        /** Waits until every seat has been pushed in this state; returns how many messages that took. */
        int awaitAllSeats(List<Long> seats, String state, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            List<Long> waiting = new ArrayList<>(seats);
            int count = 0;
            while (!waiting.isEmpty()) {
                long left = deadline - System.nanoTime();
                JsonObject message = left > 0 ? messages.poll(left, TimeUnit.NANOSECONDS) : null;
                if (message == null) {
                    throw new AssertionError("seats " + waiting + " not pushed " + state + " within " + within);
                }
                count++;
                waiting.removeIf(seat -> state.equals(stateIn(message, seat)));
            }
            return count;
        }

        /** How many messages not yet read mention the seat. */
        long messagesAbout(long seat) {
            return messages.stream().filter(m -> stateIn(m, seat) != null).count();
        }

        private static String stateIn(JsonObject message, long seat) {
            return message.getJsonArray("seats").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(s -> s.getJsonNumber("id").longValue() == seat)
                    .map(s -> s.getString("state"))
                    .findFirst()
                    .orElse(null);
        }

        void close() {
            socket.abort();
        }
    }
}
