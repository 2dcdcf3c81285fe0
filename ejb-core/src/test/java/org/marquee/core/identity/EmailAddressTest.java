package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertEquals("ana.lopez@example.org", new EmailAddress("  Ana.Lopez@Example.ORG ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+tag@sub.example.com", "x@xn--bcher-kva.example"})
    void plainAddressesAreValid(String address) {
        assertTrue(EmailAddress.isValid(address));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"no-at-sign", "two@@example.com", "a@b", "a b@example.com", "a@example.c", "@example.com"})
    void malformedAddressesAreRefused(String address) {
        assertFalse(EmailAddress.isValid(address));
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress(address));
    }

    @Test
    void overlongAddressesAreRefused() {
        assertFalse(EmailAddress.isValid("a".repeat(320) + "@example.com"));
    }
}
