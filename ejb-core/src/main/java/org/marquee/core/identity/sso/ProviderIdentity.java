package org.marquee.core.identity.sso;

import java.util.Objects;

/**
 * Who a provider says signed in: its stable subject, and the email address only with the
 * provider's word on whether the address was verified. An unverified address never links an
 * account.
 *
 * @param email null when the provider gave none
 * @param displayName null when the provider gave none
 */
public record ProviderIdentity(
        SsoProvider provider, String subject, String email, boolean emailVerified, String displayName) {

    public ProviderIdentity {
        Objects.requireNonNull(provider);
        if (subject == null || subject.isBlank()) {
            throw new SsoRefused(SsoRefused.Reason.INVALID_RESPONSE, provider.label() + " named no subject");
        }
        email = blankToNull(email);
        displayName = blankToNull(displayName);
        emailVerified = emailVerified && email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
