package org.marquee.site.sso;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.marquee.core.identity.SignInCredential;
import org.marquee.core.identity.SignInStep;
import org.marquee.core.identity.SignIns;
import org.marquee.core.identity.SsoAccounts;
import org.marquee.core.identity.SsoCredential;
import org.marquee.core.identity.sso.ProviderIdentity;
import org.marquee.core.identity.sso.SignInFlows;
import org.marquee.core.identity.sso.SsoRefused;
import org.marquee.web.DeviceCookie;

/**
 * {@code /sso/callback/<provider>}: where providers send the browser back. Checks the answer
 * against the sign-in kept in the session (used once), has ejb-core redeem the code and resolve
 * the account, then logs the user in through Jakarta Security with the resulting
 * {@link SsoCredential}, so the one authentication mechanism and identity store of the EAR set up
 * the session exactly as for a password login (roles included), and continues to the page the
 * login page was for. Any failure goes back to that login page with a message and logs nobody in.
 *
 * <p>A servlet that calls {@code SecurityContext.authenticate} rather than a second
 * authentication mechanism: the EAR must have exactly one mechanism (two collide on WildFly), and
 * this one lives in the public site only, so every panel shares one redirect address.
 */
@WebServlet("/sso/callback/*")
public class SsoCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoCallback.class.getName());
    private static final List<String> ANSWER_PARAMETERS = List.of("code", "state", "error", "error_description");

    @Inject
    private SignInFlows flows;

    @EJB
    private SsoAccounts accounts;

    @EJB
    private SignIns signIns;

    @Inject
    private SecurityContext securityContext;

    /**
     * Apple answers with a cross-site form POST, which does not carry our (SameSite=Lax) session
     * cookie; the same answer as a top-level GET does. Only the protocol's fields are passed on.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = ANSWER_PARAMETERS.stream()
                .filter(name -> request.getParameter(name) != null)
                .map(name -> name + "=" + URLEncoder.encode(request.getParameter(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?" + query);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        SsoAttempt attempt = takeAttempt(request);
        if (attempt == null || !("/" + attempt.pending().provider().key()).equals(request.getPathInfo())) {
            LOG.info("Sign-in answer without a matching sign-in in the session");
            response.sendRedirect(SsoAddresses.refusal(
                    attempt == null ? "" : attempt.panel(),
                    attempt == null ? "/" : attempt.continueTo(),
                    SsoRefused.Reason.INVALID_RESPONSE.key()));
            return;
        }
        try {
            ProviderIdentity identity = flows.finish(attempt.pending(), answer(request));
            SsoCredential credential = accounts.signIn(identity);
            response.sendRedirect(logIn(request, response, credential, attempt));
        } catch (SsoRefused refused) {
            LOG.info(() -> "Sign-in refused (" + refused.reason() + "): " + refused.getMessage());
            response.sendRedirect(SsoAddresses.refusal(
                    attempt.panel(), attempt.continueTo(), refused.reason().key()));
        }
    }

    /**
     * The last step of a sign-in: the provider stands in for the password, so the same second step
     * as after a password follows. Without a code the session opens here; an account that needs
     * the emailed code (staff, and buyers who chose it) goes to its panel's login page at the code
     * step, which opens the session once the code is right.
     *
     * @return where the browser goes next
     */
    private String logIn(
            HttpServletRequest request, HttpServletResponse response, SsoCredential credential, SsoAttempt attempt) {
        SignInStep step = signIns.startAfterSingleSignOn(credential);
        switch (step.outcome()) {
            case READY -> {
                String device = DeviceCookie.secretOf(request);
                AuthenticationStatus status = securityContext.authenticate(
                        request,
                        response,
                        withParams()
                                .credential(
                                        new SignInCredential(step.challenge(), device, request.getHeader("User-Agent")))
                                .newAuthentication(true));
                if (status != AuthenticationStatus.SUCCESS) {
                    throw new SsoRefused(
                            SsoRefused.Reason.INVALID_RESPONSE, "The identity store refused the sign-in: " + status);
                }
                DeviceCookie.remember(request, response, device);
                return SsoAddresses.success(attempt);
            }
            case CODE_SENT -> {
                return SsoAddresses.codeStep(attempt, step.challenge());
            }
            case LOCKED -> throw new SsoRefused(SsoRefused.Reason.LOCKED, "Login locked for " + credential.email());
            default -> throw new SsoRefused(
                    SsoRefused.Reason.INVALID_RESPONSE, "No sign-in step for " + credential.email() + ": " + step);
        }
    }

    /** The sign-in kept in the session, removed so an answer is used once. */
    private static SsoAttempt takeAttempt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object attempt = session.getAttribute(SsoAttempt.SESSION_ATTRIBUTE);
        session.removeAttribute(SsoAttempt.SESSION_ATTRIBUTE);
        return attempt instanceof SsoAttempt known ? known : null;
    }

    private static Map<String, String> answer(HttpServletRequest request) {
        Map<String, String> answer = new LinkedHashMap<>();
        for (String name : ANSWER_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null) {
                answer.put(name, value);
            }
        }
        return answer;
    }
}
