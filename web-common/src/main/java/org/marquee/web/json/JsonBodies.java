package org.marquee.web.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import org.marquee.core.platform.InvalidInput;

/**
 * The JSON APIs' strict reading of request bodies and their builders, made once (the JSON-P
 * provider is looked up with a ServiceLoader per {@code Json.create...} call). The same rules as
 * the checkout API's (issue 13): exactly one object, nothing after it, at most {@link #MAX_DEPTH}
 * levels and {@link #MAX_LENGTH} characters; numbers that do not fit are refused, never wrapped.
 * A body that breaks them is a JsonException (400 problem), a field of the wrong kind InvalidInput.
 */
public final class JsonBodies {

    public static final int MAX_LENGTH = 64 * 1024;
    public static final int MAX_DEPTH = 16;

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonBodies() {}

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    public static JsonObject read(String body) {
        String text = body == null ? "" : body;
        if (text.length() > MAX_LENGTH) {
            throw new JsonException("The body is longer than " + MAX_LENGTH + " characters");
        }
        if (depth(text) > MAX_DEPTH) {
            throw new JsonException("The body nests deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new JsonException("The body is not a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new JsonException("The body goes on after its object");
            }
            return object;
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonException("The body is not readable JSON", e);
        }
    }

    static int depth(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** A required whole number that fits a long. */
    public static long id(JsonObject body, String name) {
        return whole(body, name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A required whole number that fits an int (a count). */
    public static int count(JsonObject body, String name) {
        return (int) whole(body, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A required text. */
    public static String requiredText(JsonObject body, String name) {
        String text = text(body, name);
        if (text == null) {
            throw new InvalidInput("The request needs a text \"" + name + "\"");
        }
        return text;
    }

    /** An optional whole number that fits an int: null when absent or null. */
    public static Integer optionalInt(JsonObject body, String name) {
        if (!body.containsKey(name) || body.isNull(name)) {
            return null;
        }
        return (int) whole(body, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** An optional text: null when absent or null; anything but a string is refused. */
    public static String text(JsonObject body, String name) {
        if (!body.containsKey(name) || body.isNull(name)) {
            return null;
        }
        if (body.get(name) instanceof JsonString value) {
            if (value.getString().indexOf('\0') >= 0) {
                // No text of ours holds one, and PostgreSQL cannot store it.
                throw new InvalidInput("\"" + name + "\" must not contain a NUL character");
            }
            return value.getString();
        }
        throw new InvalidInput("\"" + name + "\" must be a text");
    }

    private static long whole(JsonObject body, String name, long min, long max) {
        // Compared as BigDecimal: longValue() keeps the low 64 bits of 2^64 + 5 and answers 5.
        if (!(body.get(name) instanceof JsonNumber value) || !value.isIntegral()) {
            throw new InvalidInput("The request needs a whole number \"" + name + "\"");
        }
        BigDecimal number = value.bigDecimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidInput("The number \"" + name + "\" is out of range");
        }
        return number.longValueExact();
    }
}
