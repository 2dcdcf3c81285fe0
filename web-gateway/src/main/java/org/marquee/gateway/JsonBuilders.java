package org.marquee.gateway;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON builders from one factory made once. {@code Json.createObjectBuilder()} looks the JSON-P
 * provider up with a ServiceLoader on every call, which scanned the deployment's jars on every
 * request of the on-sale benchmark. Request bodies are read here too, for the same reason
 * (RESTEasy's JSON-P reader looks the provider up per request).
 */
final class JsonBuilders {

    /** The longest request body read: every body of the API is a few hundred bytes. */
    static final int MAX_LENGTH = 64 * 1024;

    /** The deepest nesting read: our bodies nest three levels at most. */
    static final int MAX_DEPTH = 16;

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonBuilders() {}

    static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    /**
     * A request body as a JSON object: exactly one object, nothing after it, at most {@link
     * #MAX_DEPTH} levels deep and {@link #MAX_LENGTH} characters long. Anything else is a
     * JsonException, answered 400 without a stack trace (see {@link JsonProblems}). The depth is
     * checked before parsing: the parser's own limit (1,000) fails with a plain RuntimeException.
     */
    static JsonObject read(String body) {
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

    /** The deepest nesting of arrays and objects in a text, brackets inside strings left out. */
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
}
