package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarqueeAuthenticationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/orders.xhtml?id=42&tab=tickets"})
    void pathsInsideTheModuleAreSafeToContinueTo(String path) {
        assertTrue(MarqueeAuthentication.isSafeContinuation(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "evil.example", "/\\evil.example", "/a\nb"})
    void otherSitesAndOddPathsAreNot(String path) {
        assertFalse(MarqueeAuthentication.isSafeContinuation(path));
    }
}
