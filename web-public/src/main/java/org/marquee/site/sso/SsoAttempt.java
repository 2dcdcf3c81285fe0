package org.marquee.site.sso;

import java.io.Serializable;
import org.marquee.core.identity.sso.PendingSignIn;

/**
 * A sign-in on its way through a provider, kept in the session shared by all panels: the
 * protocol's part, the panel whose login page started it ({@code ""} for the public site,
 * {@code "/admin"}, ...) and the page of that panel to continue to.
 */
record SsoAttempt(PendingSignIn pending, String panel, String continueTo) implements Serializable {

    static final String SESSION_ATTRIBUTE = SsoAttempt.class.getName();
}
