package org.marquee.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.core.identity.LoginThrottle;
import org.marquee.core.identity.MarqueeAuthentication;

/**
 * The login form of every panel. Hands the credentials to Jakarta Security, then continues to
 * the page that asked for the login; a failure says only that the pair was wrong, or that the
 * login is locked for a while after too many failures.
 */
@Named("login")
@RequestScoped
public class Login {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private LoginThrottle throttle;

    private String continueTo;
    private String email;
    private String password;

    /** The page to continue to: a query parameter at first, a hidden field on submit. */
    @PostConstruct
    void readContinuation() {
        continueTo = request.getParameter(MarqueeAuthentication.CONTINUE_PARAMETER);
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + continuation());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refuse();
        }
    }

    /** The page that asked for the login, when it is one of this module's; else its home. */
    private String continuation() {
        return MarqueeAuthentication.isSafeContinuation(continueTo) ? continueTo : "/";
    }

    private void refuse() {
        password = null;
        if (throttle.lockedUntil(email).isPresent()) {
            Messages.error(null, "login.locked");
        } else {
            Messages.error(null, "login.invalid");
        }
    }

    public String getContinueTo() {
        return continueTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
