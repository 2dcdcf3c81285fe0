package org.marquee.gateway;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON builders from one factory made once. {@code Json.createObjectBuilder()} looks the JSON-P
 * provider up with a ServiceLoader on every call, which scanned the deployment's jars on every
 * request of the on-sale benchmark. Request bodies are read here too, for the same reason
 * (RESTEasy's JSON-P reader looks the provider up per request).
 */
final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonBuilders() {}

    static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    /** A request body as a JSON object; a body that is not one is a 400 (see {@link JsonProblems}). */
    static JsonObject read(String body) {
        try (var reader = READERS.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        }
    }
}
