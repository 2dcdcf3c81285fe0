package org.marquee.site.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.core.identity.sso.SignInFlows;
import org.marquee.core.identity.sso.SsoProvider;
import org.marquee.core.identity.sso.SsoRefused;
import org.marquee.core.identity.sso.SsoSettings;

/**
 * {@code GET /sso/start/<provider>?from=<panel>&continue=<page>}: what a login page's provider
 * button opens. Starts a sign-in (state, nonce and PKCE verifier kept in the session) and sends
 * the browser to the provider. An unknown or unconfigured provider is a 404.
 */
@WebServlet("/sso/start/*")
public class SsoStart extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoStart.class.getName());

    @Inject
    private SignInFlows flows;

    @Inject
    private SsoSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SsoProvider> provider = Optional.ofNullable(request.getPathInfo())
                .flatMap(path -> SsoProvider.byKey(path.substring(1)))
                .filter(known -> settings.client(known).isPresent());
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String panel = SsoAddresses.panel(request.getParameter("from"));
        String continueTo = SsoAddresses.continuation(request.getParameter("continue"));
        response.setHeader("Cache-Control", "no-store");
        try {
            SignInFlows.Begun begun =
                    flows.begin(provider.get(), SsoAddresses.callback(settings, request, provider.get()));
            request.getSession(true)
                    .setAttribute(SsoAttempt.SESSION_ATTRIBUTE, new SsoAttempt(begun.pending(), panel, continueTo));
            response.sendRedirect(begun.authorizationAddress().toString());
        } catch (SsoRefused refused) {
            LOG.warning(() -> "Sign-in not started: " + refused.getMessage());
            response.sendRedirect(
                    SsoAddresses.refusal(panel, continueTo, refused.reason().key()));
        }
    }
}
