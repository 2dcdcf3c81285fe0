package org.marquee.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.marquee.core.platform.DomainException;

/** Puts bundle messages on the page: the one way every panel reports success and refusal. */
public final class Messages {

    public static final String BUNDLE = "org.marquee.web.messages";

    private Messages() {}

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A message that survives the redirect after a successful action (Post-Redirect-Get). */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /** A warning that survives the redirect: the action was done, but not everything as given. */
    public static void flashWarn(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** A refusal from ejb-core, shown as its own message. */
    public static void error(DomainException refusal) {
        error(null, refusal.messageKey(), refusal.arguments());
    }

    /** A refusal from ejb-core shown at the input it is about. */
    public static void error(String clientId, DomainException refusal) {
        error(clientId, refusal.messageKey(), refusal.arguments());
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
