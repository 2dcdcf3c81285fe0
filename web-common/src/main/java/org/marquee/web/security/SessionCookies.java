package org.marquee.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * The session cookie ({@code MARQUEESESSION}, shared by the EAR's web modules) is sent with
 * {@code SameSite=Lax}, so that no other site's form or script carries it, and {@code Secure}
 * when the site is served over HTTPS ({@code MARQUEE_PUBLIC_URL} starts with https). Name,
 * path and HttpOnly come from the EAR's jboss-all.xml.
 */
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        if (SiteSecurity.current().publicHttps()) {
            cookie.setSecure(true);
        }
    }
}
