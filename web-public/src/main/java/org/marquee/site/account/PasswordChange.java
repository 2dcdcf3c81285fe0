package org.marquee.site.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * Changes the signed-in user's password after the current one; every other session of the
 * account ends, this browser's stays (it counts as logged in after the change).
 */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    private HttpServletRequest request;

    @EJB
    private MyAccount account;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public String change() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            Messages.error("password:repeated", "account.password.mismatch");
            return null;
        }
        HttpSession session = request.getSession();
        Object key = session.getAttribute(MarqueeAuthentication.LOGIN_SESSION);
        Instant changedAt;
        try {
            changedAt = account.changePassword(currentPassword, newPassword, key instanceof String s ? s : null);
        } catch (DomainException refusal) {
            Messages.error(field(refusal), refusal);
            return null;
        }
        session.setAttribute(MarqueeAuthentication.LOGGED_IN_AT, changedAt.plusMillis(1));
        Messages.flashInfo("account.password.changed");
        return "/account/security.xhtml?faces-redirect=true";
    }

    private static String field(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "account.wrongPassword", "login.locked" -> "password:current";
            case "identity.weakPassword" -> "password:new";
            default -> null;
        };
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
