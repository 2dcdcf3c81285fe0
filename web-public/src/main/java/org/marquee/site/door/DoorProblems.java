package org.marquee.site.door;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.core.checkin.DoorTokenRefused;
import org.marquee.core.checkin.NotAtTheDoor;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.team.NotInScope;
import org.marquee.web.Messages;
import org.marquee.web.json.JsonBodies;

/**
 * Refusals of the public API as RFC 9457 problem details, in the checkout API's shape ({@code
 * type} urn:marquee:problem:&lt;message key&gt;, {@code title}, {@code status}): 400 unreadable or
 * invalid input, 401 no login and no door link, or a door link that is unknown, revoked, expired
 * or not yet open, 403 a link of another session or a session outside the staff member's scope,
 * 404 nothing there, 500 anything else (logged, no stack trace in the answer).
 */
final class DoorProblems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(DoorProblems.class.getName());

    private DoorProblems() {}

    static Response of(int status, String key, String title) {
        String body = JsonBodies.object()
                .add("type", "urn:marquee:problem:" + key)
                .add("title", title)
                .add("status", status)
                .build()
                .toString();
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }

    static int status(DomainException refusal) {
        if (refusal instanceof InvalidInput) {
            return 400;
        }
        if (refusal instanceof NotAtTheDoor) {
            return 401;
        }
        if (refusal instanceof DoorTokenRefused door) {
            return door.reason() == DoorTokenRefused.Reason.OTHER_SESSION ? 403 : 401;
        }
        if (refusal instanceof NotInScope) {
            return 403;
        }
        if (refusal instanceof NotFound) {
            return 404;
        }
        return 409;
    }

    /** A refusal from ejb-core. */
    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException refusal) {
            return of(status(refusal), refusal.messageKey(), Messages.text(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** A body that is not one JSON object within the limits. */
    @Provider
    public static class Json implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return of(400, "api.badRequest", Messages.text("api.badRequest"));
        }
    }

    /** JAX-RS's own refusals (no such path, wrong method, wrong media type). */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key =
                    switch (status) {
                        case 400 -> "api.badRequest";
                        case 404 -> "api.noSuchPath";
                        case 405 -> "api.methodNotAllowed";
                        case 406, 415 -> "api.json";
                        default -> "api.error";
                    };
            return of(status, key, Messages.text(key));
        }
    }

    /** Anything else: logged with its stack trace, answered without it. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            LOG.log(Level.SEVERE, "Public API request failed", failure);
            return of(500, "api.error", Messages.text("api.error"));
        }
    }
}
