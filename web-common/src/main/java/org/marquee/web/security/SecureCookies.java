package org.marquee.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks every cookie of one response {@code Secure}, for a request a trusted TLS proxy says came
 * over HTTPS. The session cookie is written by Undertow itself when the response is committed
 * (not through the Servlet API, and its Servlet configuration is one setting for every request),
 * so this asks Undertow's exchange to run its own {@code SecureCookieCommitListener} for this
 * response. Reached by reflection: the Undertow classes are the server's, and the web modules
 * compile against the Jakarta APIs only. Where they are missing (a unit test) nothing is marked
 * and one line is logged.
 */
final class SecureCookies {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());
    private static final String LISTENER = "io.undertow.server.SecureCookieCommitListener";
    private static final String LISTENER_TYPE = "io.undertow.server.ResponseCommitListener";

    private SecureCookies() {}

    static void forThisResponse(ServletRequest request) {
        ServletRequest original = request;
        while (original instanceof ServletRequestWrapper wrapper) {
            original = wrapper.getRequest();
        }
        try {
            Object exchange = original.getClass().getMethod("getExchange").invoke(original);
            ClassLoader undertow = exchange.getClass().getClassLoader();
            Class<?> listenerType = Class.forName(LISTENER_TYPE, true, undertow);
            Object listener =
                    Class.forName(LISTENER, true, undertow).getField("INSTANCE").get(null);
            exchange.getClass()
                    .getMethod("addResponseCommitListener", listenerType)
                    .invoke(exchange, listener);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mark the cookies of an HTTPS response Secure: {0}", e.toString());
        }
    }
}
