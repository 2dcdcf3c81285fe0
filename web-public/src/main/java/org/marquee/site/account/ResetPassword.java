package org.marquee.site.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.identity.LinkRefused;
import org.marquee.core.identity.PasswordResets;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * Where the reset link lands: the form shows only while the link works. The link's secret comes
 * from the query at first and from a hidden field on submit, so the page keeps no session.
 */
@Named
@RequestScoped
public class ResetPassword {

    @Inject
    private HttpServletRequest request;

    @EJB
    private PasswordResets resets;

    private String token;
    private String password;
    private String repeat;
    private boolean done;
    private boolean usable;

    @PostConstruct
    void init() {
        token = request.getParameter("token");
        done = "true".equals(request.getParameter("done"));
        // A submitted form must be there to be read; the service checks the link again.
        usable = FacesContext.getCurrentInstance().isPostback() && token != null;
    }

    /** On opening the link: is it still good? Uses nothing up. */
    public void load() {
        if (done) {
            return;
        }
        try {
            resets.check(token);
            usable = true;
        } catch (LinkRefused refused) {
            Messages.error(refused);
        }
    }

    public String submit() {
        if (password != null && !password.equals(repeat)) {
            usable = true;
            Messages.error("reset:repeat", "account.reset.mismatch");
            return null;
        }
        try {
            resets.reset(token, password);
            return "/account/reset-password.xhtml?faces-redirect=true&done=true";
        } catch (LinkRefused refused) {
            usable = false;
            Messages.error(refused);
        } catch (DomainException refusal) {
            usable = true;
            Messages.error("reset:password", refusal);
        }
        return null;
    }

    /** The form shows for a usable link, and again after a refusal that leaves the link usable. */
    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
