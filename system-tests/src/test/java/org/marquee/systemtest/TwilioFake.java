package org.marquee.systemtest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's Programmable Messaging API as far as Marquee uses it, on 127.0.0.1, for Twilio's Java
 * SDK: {@code POST /2010-04-01/Accounts/{sid}/Messages.json} with HTTP basic authentication (the
 * account's sid and auth token) and the form fields {@code To}, {@code From} (or {@code
 * MessagingServiceSid}) and {@code Body}. It answers as Twilio does: 201 with the message
 * resource, 401 (error 20003) for wrong credentials, 400 for a number that is not E.164 (21211),
 * a missing sender (21603) or a missing or too long body (21602, 21617); and, when told to, a
 * number of 5xx or 429 answers in a row.
 */
public final class TwilioFake extends LoopbackFake {

    /** A message the fake accepted. */
    public record Sent(String sid, String to, String from, String body, String authorization) {}

    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([A-Za-z0-9]+)/Messages\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private final String accountSid;
    private final String authToken;
    private final List<Sent> sent = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000);
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 503;

    private TwilioFake(int port, String accountSid, String authToken) {
        super(port, URI.create("http://127.0.0.1/none"));
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    public static TwilioFake start(int port, String accountSid, String authToken) {
        return new TwilioFake(port, accountSid, authToken);
    }

    /** On the port and with the account the server under test is configured for. */
    public static TwilioFake startForServer() {
        return start(
                LoopbackFake.configuredPort("marquee.twilio.port", "MARQUEE_TWILIO_API_BASE", 4092),
                Optional.ofNullable(System.getenv("MARQUEE_TWILIO_ACCOUNT_SID"))
                        .orElse("ACmarqueetest0000000000000000000000"),
                Optional.ofNullable(System.getenv("MARQUEE_TWILIO_AUTH_TOKEN")).orElse("twilio-test-token"));
    }

    /** The next {@code count} requests are answered with {@code status} (500, 503, 429, ...). */
    public void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    /** Every message accepted so far, in order. */
    public synchronized List<Sent> messages() {
        return List.copyOf(sent);
    }

    /** The messages accepted for one number. */
    public synchronized List<Sent> messagesTo(String phone) {
        return sent.stream().filter(m -> m.to().equals(phone)).toList();
    }

    /** Why requests were refused ("401", "21211 +49..."), in order. */
    public synchronized List<String> refusals() {
        return List.copyOf(refused);
    }

    @Override
    Response answer(Request request) {
        Matcher path = MESSAGES.matcher(request.path());
        if (!"POST".equals(request.method()) || !path.matches()) {
            return error(404, 20404, "The requested resource " + request.path() + " was not found");
        }
        if (!authorized(request.header("Authorization")) || !accountSid.equals(path.group(1))) {
            return refuse("401", error(401, 20003, "Authenticate"));
        }
        if (failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return refuse(String.valueOf(failureStatus), error(failureStatus, 20500, "Service unavailable"));
        }
        Map<String, String> form = request.form();
        String to = form.get("To");
        String from = form.getOrDefault("From", form.get("MessagingServiceSid"));
        String body = form.get("Body");
        if (to == null || !E164.matcher(to).matches()) {
            return refuse("21211 " + to, error(400, 21211, "The 'To' number " + to + " is not a valid phone number."));
        }
        if (from == null || from.isBlank()) {
            return refuse("21603", error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required"));
        }
        if (body == null || body.isBlank()) {
            return refuse("21602", error(400, 21602, "Message body is required."));
        }
        if (body.length() > 1600) {
            return refuse(
                    "21617", error(400, 21617, "The concatenated message body exceeds the 1600 character limit."));
        }
        String sid = "SM" + String.format("%032x", ids.incrementAndGet());
        synchronized (this) {
            sent.add(new Sent(sid, to, from, body, request.header("Authorization")));
        }
        String now = RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
        String json = "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + accountSid + "\",\"to\":\"" + json(to)
                + "\",\"from\":\"" + json(from) + "\",\"body\":\"" + json(body)
                + "\",\"status\":\"queued\",\"num_segments\":\"1\",\"num_media\":\"0\",\"direction\":\"outbound-api\""
                + ",\"api_version\":\"2010-04-01\",\"price\":null,\"price_unit\":\"USD\",\"error_code\":null"
                + ",\"error_message\":null,\"messaging_service_sid\":null,\"date_created\":\"" + now
                + "\",\"date_updated\":\"" + now + "\",\"date_sent\":null,\"uri\":\"/2010-04-01/Accounts/"
                + accountSid + "/Messages/" + sid + ".json\",\"subresource_uris\":{}}";
        return Response.json(201, json);
    }

    private boolean authorized(String header) {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.US_ASCII));
        return expected.equals(header);
    }

    private synchronized Response refuse(String why, Response response) {
        refused.add(why);
        return response;
    }

    private static Response error(int status, int code, String message) {
        return Response.json(
                status,
                "{\"code\":" + code + ",\"message\":\"" + json(message) + "\",\"more_info\":"
                        + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
