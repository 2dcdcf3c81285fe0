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

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LoginSessionEnds.class.getName());

    @EJB
    private LoginSessions loginSessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(MarqueeAuthentication.LOGIN_SESSION);
        if (key instanceof String loginSession && loginSessions != null) {
            try {
                loginSessions.ended(loginSession);
            } catch (RuntimeException stopping) {
                // The application is being undeployed or the server stopped: its EJBs are gone
                // before the sessions. The login stays listed as it was; it was not ended by
                // anyone, and it lapses with its idle time like any other.
                LOG.fine(() -> "Session ended while the application stops: " + stopping);
            }
        }
    }
}
