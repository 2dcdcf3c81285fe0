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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.core.identity.CodeCheck;
import org.marquee.core.identity.LoginThrottle;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.identity.Secrets;
import org.marquee.core.identity.SignInCredential;
import org.marquee.core.identity.SignInStep;
import org.marquee.core.identity.SignIns;

/**
 * The login of every panel, in two steps where the account needs them: the password, then the
 * code mailed to the user. The page stays stateless: between the steps the browser carries the
 * login challenge's secret in a hidden field, which opens nothing without the code. Once passed,
 * the challenge goes to Jakarta Security, and the login continues to the page that asked for it.
 * A failure says only that the pair was wrong, or that the login is locked for a while.
 */
@Named("login")
@RequestScoped
public class Login {

    static final String CHALLENGE_PARAMETER = "challenge";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @EJB
    private SignIns signIns;

    @EJB
    private LoginThrottle throttle;

    private String continueTo;
    private String challenge;
    private String email;
    private String password;
    private String code;
    private String textOption;

    /** The page to continue to and the challenge: query parameters at first, hidden fields on submit. */
    @PostConstruct
    void readRequest() {
        continueTo = request.getParameter(MarqueeAuthentication.CONTINUE_PARAMETER);
        String sent = request.getParameter(CHALLENGE_PARAMETER);
        challenge = Secrets.isWellFormed(sent) ? sent : null;
    }

    public void submit() throws IOException {
        SignInStep step = signIns.start(email, password);
        password = null;
        switch (step.outcome()) {
            case READY -> open(step.challenge());
            case CODE_SENT -> {
                challenge = step.challenge();
                Messages.info("login.code.sent");
            }
            case UNVERIFIED -> Messages.error(null, "login.unverified");
            case LOCKED -> Messages.error(null, "login.locked");
            default -> Messages.error(null, throttle.lockedUntil(email).isPresent() ? "login.locked" : "login.invalid");
        }
    }

    public void submitCode() throws IOException {
        CodeCheck check = challenge == null ? CodeCheck.EXPIRED : signIns.checkCode(challenge, code);
        code = null;
        switch (check) {
            case ACCEPTED -> open(challenge);
            case WRONG -> Messages.error("code:otp", "login.code.wrong");
            case EXHAUSTED -> startAgain("login.code.exhausted");
            case LOCKED -> startAgain("login.locked");
            default -> startAgain("login.code.expired");
        }
    }

    /** Sends the code by text message instead of email, where the account has a mobile number. */
    public void sendCodeByText() {
        if (challenge != null && signIns.sendCodeByText(challenge)) {
            textOption = null;
            Messages.info("login.code.texted");
        } else if (challenge != null) {
            Messages.error(null, "login.code.notTexted");
        }
    }

    /** The masked number the code may be texted to instead, or null (see SignIns.textOption). */
    public String getTextOption() {
        if (textOption == null && challenge != null) {
            textOption = signIns.textOption(challenge).orElse("");
        }
        return textOption == null || textOption.isEmpty() ? null : textOption;
    }

    /** Hands the passed challenge to Jakarta Security, which opens the session. */
    private void open(String passed) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String device = DeviceCookie.secretOf(request);
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new SignInCredential(passed, device, request.getHeader("User-Agent")))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                DeviceCookie.remember(request, response, device);
                external.redirect(external.getRequestContextPath() + continuation());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> startAgain("login.code.expired");
        }
    }

    private void startAgain(String messageKey) {
        challenge = null;
        Messages.error(null, messageKey);
    }

    /** The page that asked for the login, when it is one of this module's; else its home. */
    private String continuation() {
        return MarqueeAuthentication.isSafeContinuation(continueTo) ? continueTo : "/";
    }

    /** The second step shows while a challenge waits for its code. */
    public boolean isCodeStep() {
        return challenge != null;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public String getChallenge() {
        return challenge;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
