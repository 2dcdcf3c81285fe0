package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountLinksTest {

    @Test
    void linksLiveUnderTheConfiguredPublicAddress() {
        AccountLinks links = AccountLinks.from(Map.of("MARQUEE_PUBLIC_URL", "https://tickets.example.com/")::get);

        assertEquals("https://tickets.example.com/account/verify.xhtml?token=abc-_1", links.verifyEmail("abc-_1"));
        assertEquals("https://tickets.example.com/account/reset-password.xhtml?token=x", links.resetPassword("x"));
        assertEquals("https://tickets.example.com/account/", links.account());
    }

    @Test
    void aMissingOrUnusableAddressFallsBackToTheLocalOne() {
        assertEquals(
                "http://localhost:8080",
                AccountLinks.from(Map.<String, String>of()::get).base());
        assertEquals(
                "http://localhost:8080",
                AccountLinks.from(Map.of("MARQUEE_PUBLIC_URL", "javascript:alert(1)")::get)
                        .base());
        assertThrows(IllegalArgumentException.class, () -> new AccountLinks("ftp://example.com"));
    }
}
