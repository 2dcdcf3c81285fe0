package org.marquee.site.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.identity.sso.SsoProvider;
import org.marquee.core.identity.sso.SsoSettings;
import org.marquee.web.PanelName;

/** The addresses a sign-in goes through: the callback registered at providers, and the way back. */
final class SsoAddresses {

    static final String CALLBACK_PATH = "/sso/callback/";

    private SsoAddresses() {}

    /**
     * The one redirect address per provider, on the public site whichever panel started the
     * sign-in (the session is shared, so the login holds everywhere). {@code MARQUEE_PUBLIC_URL}
     * when set, else the address the browser used.
     */
    static URI callback(SsoSettings settings, HttpServletRequest request, SsoProvider provider) {
        String base = settings.publicUrl()
                .map(URI::toString)
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName() + port(request));
        return URI.create(base + CALLBACK_PATH + provider.key());
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean usual = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return usual ? "" : ":" + port;
    }

    /** The context path of a panel named by a login page: one of ours, else the public site. */
    static String panel(String candidate) {
        return Arrays.stream(PanelName.values())
                .map(panel -> panel.path().substring(0, panel.path().length() - 1))
                .filter(path -> path.equals(candidate))
                .findFirst()
                .orElse("");
    }

    /** A page inside the panel, never another site. */
    static String continuation(String candidate) {
        return MarqueeAuthentication.isSafeContinuation(candidate) ? candidate : "/";
    }

    static String success(SsoAttempt attempt) {
        return attempt.panel() + attempt.continueTo();
    }

    /**
     * The login page that started the sign-in, at its second step: the challenge waits for the
     * code just mailed (the same step as after a password; the challenge alone opens nothing).
     */
    static String codeStep(SsoAttempt attempt, String challenge) {
        return attempt.panel() + MarqueeAuthentication.LOGIN_PAGE + "?challenge="
                + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
                + Optional.ofNullable(attempt.continueTo())
                        .filter(path -> !path.equals("/"))
                        .map(path -> "&" + MarqueeAuthentication.CONTINUE_PARAMETER + "="
                                + URLEncoder.encode(path, StandardCharsets.UTF_8))
                        .orElse("");
    }

    /** Back to the login page that started the sign-in, saying why it failed. */
    static String refusal(String panel, String continueTo, String reason) {
        return panel + MarqueeAuthentication.LOGIN_PAGE + "?sso=" + reason
                + Optional.ofNullable(continueTo)
                        .filter(path -> !path.equals("/"))
                        .map(path -> "&" + MarqueeAuthentication.CONTINUE_PARAMETER + "="
                                + URLEncoder.encode(path, StandardCharsets.UTF_8))
                        .orElse("");
    }
}
