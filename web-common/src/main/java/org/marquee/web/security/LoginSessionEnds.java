package org.marquee.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.marquee.core.identity.LoginSessions;
import org.marquee.core.identity.MarqueeAuthentication;

/**
 * A server session that ends (logout, idle timeout) ends its login in the list of the account's
 * sessions. The session is shared by the EAR's web modules, so each may report the same end; the
 * second report changes nothing.
 */
public class LoginSessionEnds implements HttpSessionListener {

    @EJB
    private LoginSessions loginSessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(MarqueeAuthentication.LOGIN_SESSION);
        if (key instanceof String loginSession && loginSessions != null) {
            loginSessions.ended(loginSession);
        }
    }
}
