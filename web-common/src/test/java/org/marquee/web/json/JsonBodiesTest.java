package org.marquee.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.platform.InvalidInput;

/** Hostile request bodies of the checkout API: refused as bad requests, never wrapped or half read. */
class JsonBodiesTest {

    @Test
    void aPlainBodyIsRead() {
        assertEquals(42, JsonBodies.id(JsonBodies.read(" {\"sessionId\": 42}\n"), "sessionId"));
        assertEquals(3, JsonBodies.count(JsonBodies.read("{\"count\": 3}"), "count"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"sessionId\": 42} ]]]", "{\"sessionId\": 42}{}", "{\"sessionId\": 42} 7", "[42]", "42", ""})
    void aBodyIsExactlyOneObject(String body) {
        assertThrows(JsonException.class, () -> JsonBodies.read(body));
    }

    @Test
    void aTextWithANulCharacterIsRefusedAndOtherTextIsKept() {
        assertThrows(InvalidInput.class, () -> JsonBodies.text(JsonBodies.read("{\"code\": \"A\\u0000B\"}"), "code"));
        assertEquals(
                "\u202e\ud83d\ude00 <b>",
                JsonBodies.text(JsonBodies.read("{\"code\": \"\u202e\ud83d\ude00 <b>\"}"), "code"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecursesIntoIt() {
        String deep = "{\"a\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertThrows(JsonException.class, () -> JsonBodies.read(deep));
        String unclosed = "{\"a\":" + "{\"b\":".repeat(100_00);
        assertThrows(JsonException.class, () -> JsonBodies.read(unclosed));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "{\"code\": \"" + "[{\\\"".repeat(100) + "\"}";
        assertEquals(1, JsonBodies.depth(text));
        JsonBodies.read(text);
    }

    @Test
    void anOverlongBodyIsRefused() {
        assertThrows(
                JsonException.class,
                () -> JsonBodies.read("{\"code\": \"" + "x".repeat(JsonBodies.MAX_LENGTH) + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551658", "9223372036854775808", "-9223372036854775809", "1e400000000"})
    void idsThatDoNotFitALongAreRefused(String number) {
        assertThrows(
                InvalidInput.class,
                () -> JsonBodies.id(JsonBodies.read("{\"sessionId\": " + number + "}"), "sessionId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "2147483648", "-2147483649", "1.5"})
    void countsThatDoNotFitAnIntAreRefused(String number) {
        assertThrows(
                InvalidInput.class, () -> JsonBodies.count(JsonBodies.read("{\"count\": " + number + "}"), "count"));
    }

    @Test
    void theLargestIdsStillFit() {
        assertEquals(
                Long.MAX_VALUE, JsonBodies.id(JsonBodies.read("{\"sessionId\": " + Long.MAX_VALUE + "}"), "sessionId"));
        assertEquals(
                Integer.MAX_VALUE,
                JsonBodies.count(JsonBodies.read("{\"count\": " + Integer.MAX_VALUE + "}"), "count"));
    }
}
