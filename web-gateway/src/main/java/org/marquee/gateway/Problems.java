package org.marquee.gateway;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.marquee.web.json.JsonViews;

/**
 * Error answers as RFC 9457 problem details: {@code type} names the kind of refusal (the message
 * key), {@code title} says it in words for the buyer, {@code status} repeats the HTTP status.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Response of(int status, DomainException refusal) {
        return of(status, refusal.messageKey(), Messages.text(refusal.messageKey(), texts(refusal.arguments())));
    }

    static Response of(int status, String code, String title) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(JsonViews.write(new ApiAnswers.Problem("urn:marquee:problem:" + code, title, status)))
                .build();
    }

    /**
     * Ids as plain digits: MessageFormat would write 12345 as "12,345". Counts (ints) stay numbers,
     * so that a title can choose "1 ticket" or "2 tickets".
     */
    private static Object[] texts(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Long ? String.valueOf(argument) : argument)
                .toArray();
    }
}
