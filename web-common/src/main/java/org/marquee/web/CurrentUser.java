package org.marquee.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** Who is logged in, the panels they may open, and logging out. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Panel panel;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /**
     * Whether this panel's menu is the user's: always on the public site and the checkout; on a
     * staff panel only for who holds its role (its login page and its "not for this account"
     * page show nothing of it to others).
     */
    public boolean isInThisPanel() {
        return panel.current()
                .requiredRole()
                .map(role -> request.isUserInRole(role.name()))
                .orElse(true);
    }

    /** Staff panels the user holds the role for, other than the one showing. */
    public List<PanelLink> getOtherPanels() {
        return Arrays.stream(PanelName.values())
                .filter(other -> other != panel.current())
                .filter(other -> other.requiredRole()
                        .map(role -> request.isUserInRole(role.name()))
                        .orElse(false))
                .map(other -> new PanelLink(other.key(), other.path()))
                .toList();
    }

    /** Ends the session of every panel at once (they share it) and goes to the public site. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        external.invalidateSession();
        external.redirect(PanelName.PUBLIC.path());
    }
}
