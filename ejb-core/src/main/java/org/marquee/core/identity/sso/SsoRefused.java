package org.marquee.core.identity.sso;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A single sign-on that did not end in a login. The reason is what the user is told; the detail
 * is for the log only (it may name what the provider sent).
 */
@ApplicationException(rollback = true)
public class SsoRefused extends RuntimeException {

    public enum Reason {
        /** The user cancelled at the provider, or the provider refused. */
        DENIED,
        /** The answer did not belong to a sign-in we started, was too old, or did not validate. */
        INVALID_RESPONSE,
        /** The provider could not be reached or answered with an error. */
        PROVIDER_UNAVAILABLE,
        /** No address the provider verified: the account cannot be linked or created. */
        NO_VERIFIED_EMAIL,
        /** The account exists but may not log in. */
        ACCOUNT_DISABLED,
        /** Too many wrong passwords or codes: the login is locked for a while. */
        LOCKED;

        /** The form used in addresses and message keys: {@code no-verified-email}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SsoRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SsoRefused(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
