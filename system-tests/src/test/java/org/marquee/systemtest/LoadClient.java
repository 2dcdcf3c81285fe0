package org.marquee.systemtest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * How the load tests talk HTTP/1.1 to the server. Two ways, to see what the client costs: the
 * JDK's {@link HttpClient}, and a plain blocking client with one kept-alive socket per client
 * thread, which needs about a tenth of the CPU per request (the JDK client runs every send
 * through its asynchronous machinery; on two shared cores the load client's CPU is taken from
 * the server's).
 */
interface LoadClient {

    record Answer(int status, String body) {}

    /**
     * One request. {@code token} is an order's token (sent as {@code Order-Token}), or a whole
     * header line {@code "Name: value"} (such as a door link's {@code Door-Token}); null for none.
     */
    Answer send(String method, String path, String token, String body) throws IOException;

    /** The header line a token stands for. */
    static String[] header(String token) {
        int colon = token.indexOf(": ");
        return colon > 0
                ? new String[] {token.substring(0, colon), token.substring(colon + 2)}
                : new String[] {"Order-Token", token};
    }

    static LoadClient of(String kind) {
        return switch (kind) {
            case "jdk" -> new Jdk(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
            case "socket" -> new Sockets(URI.create(Deployments.BASE_URL));
            default -> throw new IllegalArgumentException("No load client " + kind + " (jdk or socket)");
        };
    }

    /** The socket client against another node (a second server on another port, the same database). */
    static LoadClient sockets(String base) {
        return new Sockets(URI.create(base));
    }

    /**
     * Two nodes: each client thread talks to one of them, alternately as threads first send, so
     * that a buyer may start an order on one node and claim on the other (the order is in the
     * database, its token the only credential).
     */
    final class Alternating implements LoadClient {

        private final LoadClient first;
        private final LoadClient second;
        private final java.util.concurrent.atomic.AtomicInteger threads =
                new java.util.concurrent.atomic.AtomicInteger();
        private final ThreadLocal<LoadClient> mine = new ThreadLocal<>();
        private final java.util.concurrent.atomic.AtomicInteger failovers =
                new java.util.concurrent.atomic.AtomicInteger();

        Alternating(LoadClient first, LoadClient second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public Answer send(String method, String path, String token, String body) throws IOException {
            LoadClient client = mine.get();
            if (client == null) {
                client = threads.getAndIncrement() % 2 == 0 ? first : second;
                mine.set(client);
            }
            try {
                return client.send(method, path, token, body);
            } catch (java.net.ConnectException down) {
                // The node is down: as the proxy of docs/operations.md does (proxy_next_upstream
                // error), the request goes to the other node. A request that reached the node and
                // lost its answer is not sent again (it may have been done).
                failovers.incrementAndGet();
                return (client == first ? second : first).send(method, path, token, body);
            }
        }

        /** Requests sent to the other node because theirs refused the connection. */
        int failovers() {
            return failovers.get();
        }
    }

    /** The JDK's client: connections pooled and kept alive by it. */
    record Jdk(HttpClient http) implements LoadClient {

        @Override
        public Answer send(String method, String path, String token, String body) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url(path)))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header(LoadClient.header(token)[0], LoadClient.header(token)[1]);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** One kept-alive socket per client thread; requests and answers written and read by hand. */
    final class Sockets implements LoadClient {

        private final String host;
        private final int port;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();

        Sockets(URI base) {
            this.host = base.getHost();
            this.port = base.getPort();
        }

        @Override
        public Answer send(String method, String path, String token, String body) throws IOException {
            Connection connection = connections.get();
            if (connection == null) {
                connection = new Connection(new Socket(host, port));
                connections.set(connection);
            }
            try {
                return connection.exchange(host + ":" + port, method, path, token, body);
            } catch (ClosedWhileIdle e) {
                // The server closed the kept-alive connection before reading this request (its idle
                // timeout, while the machine was busy elsewhere): as any HTTP client does, send
                // it once more on a new connection.
                connection.close();
                connection = new Connection(new Socket(host, port));
                connections.set(connection);
                return exchangeOrDrop(connection, method, path, token, body);
            } catch (IOException e) {
                connections.remove();
                connection.close();
                throw e;
            }
        }

        private Answer exchangeOrDrop(Connection connection, String method, String path, String token, String body)
                throws IOException {
            try {
                return connection.exchange(host + ":" + port, method, path, token, body);
            } catch (IOException e) {
                connections.remove();
                connection.close();
                throw e;
            }
        }

        /** The connection ended before any byte of the answer to a request on a connection used before. */
        private static final class ClosedWhileIdle extends IOException {
            ClosedWhileIdle() {
                super("The server closed an idle connection");
            }
        }

        private static final class Connection {

            private final Socket socket;
            private final OutputStream out;
            private final InputStream in;
            private int exchanges;

            Connection(Socket socket) throws IOException {
                this.socket = socket;
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                this.out = new BufferedOutputStream(socket.getOutputStream());
                this.in = new BufferedInputStream(socket.getInputStream());
            }

            Answer exchange(String hostHeader, String method, String path, String token, String body)
                    throws IOException {
                byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                StringBuilder head = new StringBuilder(160)
                        .append(method)
                        .append(' ')
                        .append(path)
                        .append(" HTTP/1.1\r\nHost: ")
                        .append(hostHeader)
                        .append("\r\n");
                if (token != null) {
                    String[] header = LoadClient.header(token);
                    head.append(header[0]).append(": ").append(header[1]).append("\r\n");
                }
                if (body != null) {
                    head.append("Content-Type: application/json\r\n");
                }
                head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
                exchanges++;
                try {
                    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                    out.write(content);
                    out.flush();
                    in.mark(1);
                    if (in.read() < 0) {
                        throw new EOFException("The server closed the connection");
                    }
                    in.reset();
                } catch (SocketTimeoutException e) {
                    throw e;
                } catch (IOException e) {
                    if (exchanges > 1) {
                        throw new ClosedWhileIdle();
                    }
                    throw e;
                }
                String status = line();
                if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                    throw new IOException("Not an HTTP/1.1 answer: " + status);
                }
                int length = -1;
                boolean chunked = false;
                boolean close = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    } else if (lower.startsWith("connection:") && lower.contains("close")) {
                        close = true;
                    }
                }
                ByteArrayOutputStream answer = new ByteArrayOutputStream(Math.max(length, 64));
                if (chunked) {
                    for (int size = Integer.parseInt(line().trim(), 16);
                            size > 0;
                            size = Integer.parseInt(line().trim(), 16)) {
                        answer.write(in.readNBytes(size));
                        line();
                    }
                    line();
                } else if (length > 0) {
                    answer.write(in.readNBytes(length));
                }
                if (close) {
                    throw new IOException("The server closed the connection");
                }
                return new Answer(Integer.parseInt(status.substring(9, 12)), answer.toString(StandardCharsets.UTF_8));
            }

            private String line() throws IOException {
                StringBuilder line = new StringBuilder(64);
                for (int c = in.read(); c != '\n'; c = in.read()) {
                    if (c < 0) {
                        throw new EOFException("The server closed the connection");
                    }
                    if (c != '\r') {
                        line.append((char) c);
                    }
                }
                return line.toString();
            }

            void close() {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
            }
        }
    }
}
