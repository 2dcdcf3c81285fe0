package org.marquee.core.platform;

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
    @ValueSource(
            strings = {
                "a@b.co",
                "first.last+tag@sub.example.com",
                "x@xn--bcher-kva.example",
                "o'brien@example.ie",
                "jürgen@prüfer.de",
                "joão.conceição@exemplo.com.br",
                "山田@example.jp",
                "user@example.xn--p1ai",
                "a-b_c!#$%&*/=?^`{|}~@example.com"
            })
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

    /** What the newsletter form took (issue 13): markup, a NUL byte, quotes and angle brackets. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "pt<x>@pentest.example",
                "nul\u0000byte@example.com",
                "\"quoted\"@example.com",
                "Name <name@example.com>",
                "a@b.c<script>",
                "a@example.com>",
                "a..b@example.com",
                ".a@example.com",
                "a.@example.com",
                "a@-example.com",
                "a@example-.com",
                "a@example..com",
                "a@example.123",
                "a@[127.0.0.1]",
                "a(comment)@example.com",
                "a,b@example.com",
                "a;b@example.com",
                "a\\b@example.com",
                "a@exam ple.com",
                "a\tb@example.com",
                "a@example.com\r\nBcc: x@example.com"
            })
    void hostileAddressesAreRefused(String address) {
        assertFalse(EmailAddress.isValid(address), address);
    }

    @Test
    void overlongLocalPartsAreRefused() {
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@example.com"));
        assertFalse(EmailAddress.isValid("a".repeat(65) + "@example.com"));
    }

    @Test
    void overlongAddressesAreRefused() {
        assertFalse(EmailAddress.isValid("a".repeat(320) + "@example.com"));
    }
}
