package org.marquee.core.identity.sso;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in sent to a provider and not yet back: kept in the browser's session, never shown to
 * the browser except the state (which the provider hands back) and the PKCE challenge (a hash of
 * the verifier).
 */
public record PendingSignIn(
        SsoProvider provider, String state, String nonce, String codeVerifier, URI redirectUri, Instant startedAt)
        implements Serializable {

    /** Time enough to sign in at the provider, short enough that a stale answer is refused. */
    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    public boolean expiredAt(Instant now) {
        return now.isAfter(startedAt.plus(VALID_FOR));
    }
}
