package org.marquee.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.platform.InvalidInput;

/** Hostile request bodies of the checkout API: refused as bad requests, never wrapped or half read. */
class RequestBodyTest {

    @Test
    void aPlainBodyIsRead() {
        assertEquals(42, OrdersResource.number(JsonBuilders.read(" {\"sessionId\": 42}\n"), "sessionId"));
        assertEquals(3, OrdersResource.count(JsonBuilders.read("{\"count\": 3}"), "count"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"sessionId\": 42} ]]]", "{\"sessionId\": 42}{}", "{\"sessionId\": 42} 7", "[42]", "42", ""})
    void aBodyIsExactlyOneObject(String body) {
        assertThrows(JsonException.class, () -> JsonBuilders.read(body));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecursesIntoIt() {
        String deep = "{\"a\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertThrows(JsonException.class, () -> JsonBuilders.read(deep));
        String unclosed = "{\"a\":" + "{\"b\":".repeat(100_00);
        assertThrows(JsonException.class, () -> JsonBuilders.read(unclosed));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "{\"code\": \"" + "[{\\\"".repeat(100) + "\"}";
        assertEquals(1, JsonBuilders.depth(text));
        JsonBuilders.read(text);
    }

    @Test
    void anOverlongBodyIsRefused() {
        assertThrows(
                JsonException.class,
                () -> JsonBuilders.read("{\"code\": \"" + "x".repeat(JsonBuilders.MAX_LENGTH) + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551658", "9223372036854775808", "-9223372036854775809", "1e400000000"})
    void idsThatDoNotFitALongAreRefused(String number) {
        assertThrows(
                InvalidInput.class,
                () -> OrdersResource.number(JsonBuilders.read("{\"sessionId\": " + number + "}"), "sessionId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "2147483648", "-2147483649", "1.5"})
    void countsThatDoNotFitAnIntAreRefused(String number) {
        assertThrows(
                InvalidInput.class,
                () -> OrdersResource.count(JsonBuilders.read("{\"count\": " + number + "}"), "count"));
    }

    @Test
    void theLargestIdsStillFit() {
        assertEquals(
                Long.MAX_VALUE,
                OrdersResource.number(JsonBuilders.read("{\"sessionId\": " + Long.MAX_VALUE + "}"), "sessionId"));
        assertEquals(
                Integer.MAX_VALUE,
                OrdersResource.count(JsonBuilders.read("{\"count\": " + Integer.MAX_VALUE + "}"), "count"));
    }
}
