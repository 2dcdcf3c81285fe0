package org.marquee.core.identity;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/**
 * What completes a login in the identity store: the secret of a passed login challenge (the
 * password was right, and so was the emailed code where one is needed), with the browser's device
 * cookie and User-Agent for the new-login alert. Only a passed challenge logs anyone in.
 */
public final class SignInCredential implements Credential {

    private final String challenge;
    private final String deviceSecret;
    private final String userAgent;

    public SignInCredential(String challenge, String deviceSecret, String userAgent) {
        this.challenge = Objects.requireNonNull(challenge);
        this.deviceSecret = Objects.requireNonNull(deviceSecret);
        this.userAgent = userAgent;
    }

    public String challenge() {
        return challenge;
    }

    public String deviceSecret() {
        return deviceSecret;
    }

    public String userAgent() {
        return userAgent;
    }
}
