package org.marquee.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * Which panel this web module is, read once from its {@code marquee.panel} context parameter,
 * and the message keys the layout derives from it.
 */
@Named("panel")
@ApplicationScoped
public class Panel {

    @Inject
    private ServletContext servletContext;

    private PanelName current;

    public PanelName current() {
        if (current == null) {
            String key = servletContext.getInitParameter("marquee.panel");
            current = PanelName.byKey(key)
                    .orElseThrow(() -> new IllegalStateException("Unknown marquee.panel context parameter: " + key));
        }
        return current;
    }

    public String getName() {
        return current().key();
    }

    /** Staff panels require a role; the public site and the checkout are where buyers sign up. */
    public boolean isStaff() {
        return current().requiredRole().isPresent();
    }

    /** {@code panel.key('title')} is {@code panel.admin.title} in the admin panel. */
    public String key(String suffix) {
        return "panel." + getName() + "." + suffix;
    }
}
