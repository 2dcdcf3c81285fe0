package org.marquee.web.resources;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.util.LocaleUtils;

/**
 * Keeps PrimeFaces' icon font stylesheet and its client-side translations
 * ({@code locales/locale-<language>.js}) off a page that uses no widget (theme {@value Theme#NONE}):
 * nothing on it shows an icon or a translated widget text (issue 17). PrimeFaces' switches for
 * them ({@code primefaces.PRIME_ICONS}, {@code primefaces.CLIENT_SIDE_LOCALISATION}) hold for the
 * whole application, and the staff pages need both; but its head adds either only when the page
 * has not rendered it already, so marking them rendered before the page is drawn leaves them out.
 */
public class WidgetlessHead implements SystemEventListener {

    private static final String PRIME_ICONS = "primeicons/primeicons.css";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        if (!Theme.NONE.equals(CDI.current().select(Theme.class).get().getName())) {
            return;
        }
        ResourceHandler resources = context.getApplication().getResourceHandler();
        resources.markResourceRendered(context, PRIME_ICONS, Theme.PRIMEFACES_LIBRARY);
        resources.markResourceRendered(
                context, localeScript(LocaleUtils.getCurrentLocale(context).getLanguage()), Theme.PRIMEFACES_LIBRARY);
    }

    /** The name PrimeFaces' head gives the translations of a language. */
    private static String localeScript(String language) {
        return "locales/locale-" + language + ".js";
    }
}
