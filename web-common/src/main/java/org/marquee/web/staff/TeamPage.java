package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.team.Invitations;
import org.marquee.core.team.IssuedInvitation;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.Memberships;
import org.marquee.core.team.PendingInvitation;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMember;
import org.marquee.core.team.TeamView;
import org.marquee.web.Messages;

/**
 * The team page of the current venue or artist: its members and open invitations; owners invite
 * by email, change roles and remove members; anyone may leave. The services decide who may do
 * what and refuse the rest with a message; the page only hides buttons that would be refused.
 */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Memberships memberships;

    @EJB
    private Invitations invitations;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private TeamView team;
    private List<PendingInvitation> pending = List.of();
    private String inviteEmail;
    private MemberRole inviteRole = MemberRole.MANAGER;
    private String invitationLink;
    private String invitedEmail;

    public void load() {
        Long teamId = currentTeam.getCurrentId();
        if (teamId == null) {
            return;
        }
        team = memberships.team(kind(), teamId);
        pending = invitations.pending(kind(), teamId);
    }

    /**
     * The invitee gets the link by email; the owner sees it too, once (only its hash is kept), to
     * send it another way if the mail does not arrive. Stays on the page to show it.
     */
    public void invite() {
        try {
            IssuedInvitation issued = invitations.issue(
                    kind(),
                    team.teamId(),
                    inviteEmail,
                    inviteRole,
                    link(""),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            invitationLink = link(issued.token());
            invitedEmail = issued.email();
            inviteEmail = null;
            Messages.info("team.invited", issued.email(), role(issued.role()));
            load();
        } catch (InvalidEmail refusal) {
            Messages.error("invite:email", refusal);
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
    }

    /** Owners become managers and managers owners. */
    public String changeRole(TeamMember member) {
        MemberRole role = member.isOwner() ? MemberRole.MANAGER : MemberRole.OWNER;
        return attempt(
                () -> {
                    memberships.changeRole(kind(), team.teamId(), member.userId(), role);
                    return Messages.text("team.roleChanged", member.displayName(), role(role));
                },
                "team.xhtml");
    }

    public String remove(TeamMember member) {
        return attempt(
                () -> {
                    memberships.remove(kind(), team.teamId(), member.userId());
                    return Messages.text("team.removed", member.displayName(), team.teamName());
                },
                "team.xhtml");
    }

    public String revoke(PendingInvitation invitation) {
        return attempt(
                () -> {
                    invitations.revoke(kind(), team.teamId(), invitation.id());
                    return Messages.text("team.revoked", invitation.email());
                },
                "team.xhtml");
    }

    public String leave() {
        return attempt(
                () -> {
                    memberships.leave(kind(), team.teamId());
                    return Messages.text("team.left", team.teamName());
                },
                "index.xhtml");
    }

    private String attempt(Supplier<String> change, String next) {
        try {
            String done = change.get();
            Messages.flashInfo("team.done", done);
            return next + "?faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private String link(String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/invitation.xhtml?token=" + token;
    }

    private static String role(MemberRole role) {
        return Messages.text("team.role." + role.name());
    }

    private TeamKind kind() {
        return staffPanel.kind();
    }

    public TeamView getTeam() {
        return team;
    }

    public List<PendingInvitation> getPending() {
        return pending;
    }

    public List<MemberRole> getAllRoles() {
        return List.of(MemberRole.values());
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public MemberRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(MemberRole inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getInvitedEmail() {
        return invitedEmail;
    }
}
