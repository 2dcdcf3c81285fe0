package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.marketing.NewsletterLanguages;
import org.marquee.core.marketing.NewsletterSubscriptions;
import org.marquee.core.marketing.OptInSource;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.web.Messages;

/**
 * The sign-up form and the confirmation page of the newsletter. The answer to a valid address is
 * the same whether it is new or known, so the form reveals no one's subscription.
 */
@Named
@RequestScoped
public class NewsletterSignUp {

    @EJB
    private NewsletterSubscriptions subscriptions;

    @Inject
    private HttpServletRequest request;

    private String email;
    private boolean requested;
    private boolean confirmed;

    public void subscribe() {
        try {
            String language = NewsletterLanguages.of(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            subscriptions.subscribe(email, language, OptInSource.WEBSITE);
            requested = true;
            Messages.info("newsletter.requested", email.strip());
        } catch (InvalidEmail invalid) {
            Messages.error("signup:email", "newsletter.email.invalid");
        }
    }

    /** The confirmation link's target. */
    public void confirm() {
        confirmed = subscriptions.confirm(request.getParameter("token"));
    }

    /** Whether the unsubscribe link named a subscriber (set by {@link NewsletterUnsubscribe}). */
    public boolean isUnsubscribed() {
        return Boolean.TRUE.equals(request.getAttribute(NewsletterUnsubscribe.OUTCOME));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
