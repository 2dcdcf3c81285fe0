package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marquee.core.identity.NoAccount;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.platform.NotFound;
import org.marquee.core.team.OwnerAssignments;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMember;
import org.marquee.web.Messages;

/** The "Owners" section of the admin venue and artist pages: assigning and removing owners. */
@Named
@ViewScoped
public class OwnersSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OwnerAssignments assignments;

    private TeamKind kind;
    private Long teamId;
    private List<TeamMember> owners = List.of();
    private String email;

    public void loadVenue() {
        load(TeamKind.VENUE);
    }

    public void loadArtist() {
        load(TeamKind.ARTIST);
    }

    private void load(TeamKind teamKind) {
        kind = teamKind;
        if (teamId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        try {
            owners = assignments.owners(kind, teamId);
        } catch (NotFound missing) {
            owners = List.of();
        }
    }

    public String assign() {
        try {
            TeamMember owner = assignments.assign(kind, teamId, email);
            Messages.flashInfo("admin.owners.assigned", owner.email());
            return page();
        } catch (InvalidEmail | NoAccount refusal) {
            Messages.error("owners:email", refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String remove(TeamMember owner) {
        try {
            assignments.remove(kind, teamId, owner.userId());
            Messages.flashInfo("admin.owners.removed", owner.email());
            return page();
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private String page() {
        return (kind == TeamKind.VENUE ? "venue" : "artist") + ".xhtml?faces-redirect=true&id=" + teamId;
    }

    public boolean isShown() {
        return teamId != null;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<TeamMember> getOwners() {
        return owners;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
