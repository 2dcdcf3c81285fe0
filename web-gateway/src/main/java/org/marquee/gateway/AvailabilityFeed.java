package org.marquee.gateway;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live channel of one session ({@code /checkout/live/<sessionId>}): every open seat map and
 * section list of the session listens here and gets each change of availability as a small JSON
 * message ({@link AvailabilityPush}). It only sends; what a browser sends is ignored. Nothing
 * secret goes out: the same states are public in the availability API.
 */
@ServerEndpoint("/live/{sessionId}")
public class AvailabilityFeed {

    private static final Map<Long, Set<Session>> LISTENERS = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session socket, @PathParam("sessionId") String sessionId) throws IOException {
        try {
            long id = Long.parseLong(sessionId);
            socket.getUserProperties().put("sessionId", id);
            LISTENERS.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(socket);
        } catch (NumberFormatException e) {
            socket.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such session"));
        }
    }

    @OnClose
    public void close(Session socket) {
        forget(socket);
    }

    @OnError
    public void error(Session socket, Throwable cause) {
        forget(socket);
    }

    private static void forget(Session socket) {
        Object id = socket.getUserProperties().get("sessionId");
        if (id != null) {
            LISTENERS.computeIfPresent((Long) id, (k, sockets) -> {
                sockets.remove(socket);
                return sockets.isEmpty() ? null : sockets;
            });
        }
    }

    static boolean hasListeners(long sessionId) {
        return LISTENERS.containsKey(sessionId);
    }

    /** Sends a message to every open page of the session, without waiting for slow browsers. */
    static void send(long sessionId, String message) {
        for (Session socket : LISTENERS.getOrDefault(sessionId, Set.of())) {
            if (socket.isOpen()) {
                socket.getAsyncRemote().sendText(message);
            }
        }
    }
}
