package org.marquee.web.resources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.web.Panel;

/**
 * PrimeFaces' theme for the page being drawn ({@code primefaces.THEME} is {@code #{theme.name}}):
 * the staff panels always have it; a page of the public site or the checkout has it only when one
 * of its components is a PrimeFaces widget, i.e. when PrimeFaces' own stylesheets or scripts are
 * among the page's resources. A catalog page, which uses none, then loads no PrimeFaces stylesheet
 * or script at all: nothing render-blocking but our own stylesheet (issue 17). The layout keeps
 * PrimeFaces' messages out of such pages for the same reason ({@code widgets} parameter).
 */
@Named("theme")
@RequestScoped
public class Theme {

    /** The theme the panels are drawn in. */
    public static final String NAME = "saga-blue";

    /** PrimeFaces' value for "no theme stylesheet". */
    public static final String NONE = "none";

    static final String PRIMEFACES_LIBRARY = "primefaces";

    private static final List<String> TARGETS = List.of("head", "body", "form");

    @Inject
    private Panel panel;

    public String getName() {
        if (panel.isStaff()) {
            return NAME;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot view = context == null ? null : context.getViewRoot();
        return view != null && usesPrimeFaces(context, view) ? NAME : NONE;
    }

    static boolean usesPrimeFaces(FacesContext context, UIViewRoot view) {
        for (String target : TARGETS) {
            for (UIComponent resource : view.getComponentResources(context, target)) {
                if (PRIMEFACES_LIBRARY.equals(resource.getAttributes().get("library"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
