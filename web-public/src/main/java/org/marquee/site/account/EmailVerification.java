package org.marquee.site.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.identity.LinkRefused;
import org.marquee.core.identity.Registrations;
import org.marquee.web.Messages;

/**
 * Where the verification link lands: opening it verifies the email. Verifying twice changes
 * nothing, so a mail scanner that opens the link first does no harm; the owner is then told the
 * link was used and can log in.
 */
@Named
@RequestScoped
public class EmailVerification {

    @Inject
    private HttpServletRequest request;

    @EJB
    private Registrations registrations;

    private String verifiedEmail;
    private LinkRefused.Reason refusal;

    public void verify() {
        try {
            verifiedEmail = registrations.verifyEmail(request.getParameter("token"));
        } catch (LinkRefused refused) {
            refusal = refused.reason();
            Messages.error(refused);
        }
    }

    public String getVerifiedEmail() {
        return verifiedEmail;
    }

    public boolean isExpired() {
        return refusal == LinkRefused.Reason.EXPIRED;
    }

    public boolean isUsed() {
        return refusal == LinkRefused.Reason.USED;
    }
}
