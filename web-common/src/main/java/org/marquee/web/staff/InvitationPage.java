package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.marquee.core.identity.MarqueeAuthentication;
import org.marquee.core.platform.DomainException;
import org.marquee.core.team.InvitationView;
import org.marquee.core.team.Invitations;
import org.marquee.core.team.TeamMembership;
import org.marquee.web.Messages;

/**
 * The page an invitation link opens, for any logged-in account: it shows what the invitation
 * offers, or why it cannot be accepted (expired, used, revoked, for another address). Accepting
 * makes the user a member. Someone who already held the panel's role goes straight to it; for
 * anyone else the role is new, and roles are read at login, so they log in again (the session's
 * login is ended, the session itself kept for the message).
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Invitations invitations;

    @Inject
    private CurrentTeam currentTeam;

    @Inject
    private HttpServletRequest request;

    private String token;
    private InvitationView view;

    public void load() {
        try {
            view = invitations.preview(token);
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
    }

    public void accept() throws IOException, ServletException {
        TeamMembership joined;
        try {
            joined = invitations.accept(token);
        } catch (DomainException refusal) {
            view = null;
            Messages.error(refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String role = Messages.text("team.role." + joined.role().name());
        String home = StaffPanel.homeOf(joined.kind());
        currentTeam.select(joined.teamId());
        if (request.isUserInRole(joined.kind().role().name())) {
            Messages.flashInfo("invitation.accepted", joined.teamName(), role);
            external.redirect(home);
            return;
        }
        Messages.flashInfo("invitation.acceptedLogInAgain", joined.teamName(), role);
        request.logout();
        external.redirect(home + MarqueeAuthentication.LOGIN_PAGE.substring(1) + "?"
                + MarqueeAuthentication.CONTINUE_PARAMETER + "=" + URLEncoder.encode("/", StandardCharsets.UTF_8));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getView() {
        return view;
    }
}
