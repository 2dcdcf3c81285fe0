package org.marquee.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The JSON APIs' answers: records (views) written by JSON-B, never strings put together by hand.
 * One {@link Jsonb} for the application (it is thread-safe and costly to make). Null components are
 * left out, instants are ISO-8601 in UTC, properties in alphabetical order (JSON-B's default).
 */
public final class JsonViews {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonViews() {}

    /** The view as a JSON text. */
    public static String write(Object view) {
        return JSONB.toJson(view);
    }
}
