package org.marquee.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.PrimeFaces;

/**
 * Before a Faces page is rendered: its Content-Security-Policy names the page's nonce (replacing
 * the nonce-less policy {@link RequestGuard} put on every answer), and PrimeFaces' client learns
 * the nonce ({@code PrimeFaces.csp.init}) for the scripts it runs later (Ajax updates, the event
 * handlers PrimeFaces moved out of the markup). PrimeFaces runs in its "policy provided" mode
 * ({@code primefaces.CSP=policyProvided}): it moves the handlers, we own the nonce and the
 * header; its own nonce mode kept the nonce in the view, which opened a session on stateless
 * pages and refused posts without it.
 *
 * <p>An Ajax request that did not send its page's nonce gets no new one: its page would keep
 * trusting its own, and scripts carrying another would be refused.
 */
public class ContentSecurityPolicyListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        String nonce = CspNonce.of(context);
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        if (!ajax) {
            context.getExternalContext()
                    .setResponseHeader(RequestGuard.CSP, SiteSecurity.current().contentSecurityPolicy(nonce));
        }
        if (!ajax || CspNonce.fromPage(context)) {
            PrimeFaces.current().executeInitScript("if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce + "');}");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
