package org.marquee.site.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.marquee.core.identity.LoginSessionView;
import org.marquee.core.identity.LoginSessions;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/** The signed-in user's sessions: where the account is signed in, and ending one or all others. */
@Named
@RequestScoped
public class SignedInSessions {

    @Inject
    private HttpServletRequest request;

    @EJB
    private LoginSessions loginSessions;

    private List<LoginSessionView> sessions;

    public List<LoginSessionView> getSessions() {
        if (sessions == null) {
            sessions = loginSessions.mine(currentKey());
        }
        return sessions;
    }

    public boolean isOthersExist() {
        return getSessions().stream().anyMatch(s -> !s.current());
    }

    public String end(long id) {
        try {
            loginSessions.end(id);
            Messages.flashInfo("account.sessions.ended");
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
        return "/account/security.xhtml?faces-redirect=true";
    }

    public String endOthers() {
        int ended = loginSessions.endOthers(currentKey());
        Messages.flashInfo("account.sessions.endedOthers", ended);
        return "/account/security.xhtml?faces-redirect=true";
    }

    /** A moment in the reader's language, in the server's time zone with its short name ("UTC", "CET"). */
    public String when(Instant instant) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ZoneId zone = ZoneId.systemDefault();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant)
                + " " + zone.getDisplayName(TextStyle.SHORT, locale);
    }

    private String currentKey() {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(MarqueeAuthentication.LOGIN_SESSION);
        return key instanceof String s ? s : null;
    }
}
