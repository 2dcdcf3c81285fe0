package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one authentication mechanism of the application, for every web module. It must exist
 * once, here: two mechanisms in two web modules collide. The session is shared across the EAR
 * and {@link AutoApplySession} keeps the caller in it, so one login serves all panels.
 *
 * <ul>
 *   <li>A login form calls {@code SecurityContext.authenticate} with the credentials: they are
 *       checked against the identity store, and a failure only reports failure. A success gets a
 *       new session id.</li>
 *   <li>An anonymous request for a protected page is redirected to that web module's
 *       {@code /login.xhtml}, which continues to the page afterwards.</li>
 *   <li>Anything else passes untouched.</li>
 * </ul>
 *
 * Ours rather than the built-in custom form mechanism: after one failed login that mechanism
 * answered every later protected request of the session with an empty 200.
 */
@AutoApplySession
@ApplicationScoped
public class MarqueeAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONTINUE_PARAMETER = "continue";

    /** The session attribute with the moment of its login ({@link SessionValidity} compares it). */
    public static final String LOGGED_IN_AT = "org.marquee.loggedInAt";

    /** The session attribute with the key of its {@link LoginSessions} row. */
    public static final String LOGIN_SESSION = "org.marquee.loginSession";

    @EJB
    private LoginSessions loginSessions;

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            renewSessionId(request);
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            HttpSession session = request.getSession(true);
            session.setAttribute(LOGGED_IN_AT, Instant.now());
            session.setAttribute( // null (no attribute) when the session could not be listed
                    LOGIN_SESSION,
                    loginSessions.begin(
                            result.getCallerPrincipal().getName(),
                            request.getHeader("User-Agent"),
                            clientAddress(request)));
            return status;
        }
        if (context.isProtected()) {
            return context.redirect(loginPageFor(request));
        }
        return context.doNothing();
    }

    /**
     * A new session id at every login (password and code, or a sign-in provider): an id someone
     * planted in the browser before (session fixation) opens nothing afterwards. The session's
     * content, such as an order in progress, stays.
     */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * Where the browser is: the connection's address, or behind a trusted proxy
     * ({@code MARQUEE_TRUST_PROXY=true}) the last address of {@code X-Forwarded-For}, the one that
     * proxy added (earlier ones are the client's to choose).
     */
    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if ("true".equalsIgnoreCase(System.getenv("MARQUEE_TRUST_PROXY")) && forwarded != null) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return request.getRemoteAddr();
    }

    private static String loginPageFor(HttpServletRequest request) {
        String original =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            original += "?" + request.getQueryString();
        }
        return request.getContextPath() + LOGIN_PAGE + "?" + CONTINUE_PARAMETER + "="
                + URLEncoder.encode(original, StandardCharsets.UTF_8);
    }

    /**
     * Where a login may continue to: a path inside the same web module, never another site
     * (no open redirect through the login page).
     */
    public static boolean isSafeContinuation(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
    }
}
