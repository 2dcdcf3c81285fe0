package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserAgentSummaryTest {

    @Test
    void commonBrowsersAreNamedWithTheirSystem() {
        assertEquals(
                "Chrome on Linux",
                UserAgentSummary.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " HeadlessChrome/131.0.0.0 Safari/537.36"));
        assertEquals(
                "Firefox on Windows",
                UserAgentSummary.of(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals(
                "Safari on iOS",
                UserAgentSummary.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        assertEquals(
                "Edge on macOS",
                UserAgentSummary.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"));
        assertEquals(
                "Chrome on Android",
                UserAgentSummary.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void missingOrStrangeHeadersStillGiveAShortText() {
        assertEquals("Unknown browser", UserAgentSummary.of(null));
        assertEquals("Unknown browser", UserAgentSummary.of(" "));
        assertEquals("Unknown browser", UserAgentSummary.of("curl/8.5.0"));
        assertTrue(UserAgentSummary.of("x".repeat(5000)).length() <= UserAgentSummary.MAX_LENGTH);
    }
}
