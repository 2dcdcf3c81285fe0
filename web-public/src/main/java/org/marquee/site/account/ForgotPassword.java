package org.marquee.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.identity.PasswordResets;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    private HttpServletRequest request;

    @EJB
    private PasswordResets resets;

    private String email;
    private boolean sent;

    @PostConstruct
    void init() {
        sent = "true".equals(request.getParameter("sent"));
    }

    public String submit() {
        try {
            resets.request(email);
            return "/account/forgot-password.xhtml?faces-redirect=true&sent=true";
        } catch (DomainException refusal) {
            Messages.error(AccountFields.of("forgot", refusal), refusal);
            return null;
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
