package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void requiredTextIsStripped() {
        assertEquals("Berghain", Text.required("  Berghain \n", "A venue needs a name", 20));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void missingRequiredTextIsRefusedWithTheGivenMessage(String value) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Text.required(value, "A venue needs a name", 20));

        assertEquals("A venue needs a name", refused.getMessage());
    }

    @Test
    void requiredTextIsBoundedAfterStripping() {
        assertEquals("abc", Text.required(" abc ", "m", 3));
        assertThrows(IllegalArgumentException.class, () -> Text.required("abcd", "m", 3));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void missingOptionalTextIsNull(String value) {
        assertNull(Text.optional(value, 10));
    }

    @Test
    void optionalTextIsStrippedAndBounded() {
        assertEquals("Indoor", Text.optional("  Indoor ", 6));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Text.optional("Outdoor", 6));

        assertEquals("At most 6 characters", refused.getMessage());
    }
}
