package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.marquee.core.catalog.StaffSessionView;
import org.marquee.core.checkin.DoorTokenView;
import org.marquee.core.checkin.DoorTokens;
import org.marquee.core.checkin.IssuedDoorToken;
import org.marquee.core.platform.DomainException;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.StaffSessions;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * A session's door links: owners make one (a name and a window typed in the venue's time zone)
 * and see its link and QR code once, everyone on the team sees who used which link on which
 * device, and owners revoke them. The rules (owners only, at most 14 days, ending in the future)
 * are DoorTokens'; this page only suggests a window: from now until two hours after the session,
 * or for 14 days when the session is further away.
 */
@Named
@ViewScoped
public class DoorLinksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration AFTER_THE_SHOW = Duration.ofHours(2);
    /** DoorTokens' longest window: a link for a session weeks ahead opens now and ends 14 days later. */
    static final Duration LONGEST = Duration.ofDays(14);

    @EJB
    private StaffSessions sessions;

    @EJB
    private DoorTokens tokens;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private Long session;
    private StaffSessionView view;
    private List<DoorTokenView> links = List.of();
    private String label;
    private LocalDateTime validFrom;
    private LocalDateTime validUntil;
    private IssuedDoorToken issued;
    private String issuedLabel;

    public void load() {
        if (session == null) {
            Responses.notFound();
            return;
        }
        try {
            view = sessions.details(staffPanel.kind(), session);
            currentTeam.follow(sessions.teamsOf(staffPanel.kind(), session));
            links = tokens.list(staffPanel.kind(), session);
        } catch (NotInScope refused) {
            Responses.notFound();
            return;
        }
        if (validFrom == null) {
            Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MINUTES);
            Instant end = view.endsAt().plus(AFTER_THE_SHOW);
            Instant latest = now.plus(LONGEST);
            validFrom = LocalDateTime.ofInstant(now, view.timeZone());
            validUntil = LocalDateTime.ofInstant(
                    end.isAfter(latest) ? latest : end.isAfter(now) ? end : now.plus(AFTER_THE_SHOW), view.timeZone());
        }
    }

    /** Stays on the page, which shows the new link once. */
    public void create() {
        try {
            issued = tokens.create(
                    staffPanel.kind(),
                    session,
                    label,
                    validFrom.atZone(view.timeZone()).toInstant(),
                    validUntil.atZone(view.timeZone()).toInstant());
            issuedLabel = label.strip();
            label = null;
            Messages.info("door.links.created", issuedLabel);
            links = tokens.list(staffPanel.kind(), session);
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
    }

    public String revoke(DoorTokenView link) {
        try {
            tokens.revoke(staffPanel.kind(), link.id());
            Messages.flashInfo("door.links.revoked", link.label());
            return "door-links.xhtml?faces-redirect=true&session=" + session;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public ZonedDateTime local(Instant moment) {
        return moment == null ? null : moment.atZone(view.timeZone());
    }

    public boolean isOwner() {
        return currentTeam.isOwner();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public StaffSessionView getView() {
        return view;
    }

    public List<DoorTokenView> getLinks() {
        return links;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDateTime validUntil) {
        this.validUntil = validUntil;
    }

    public IssuedDoorToken getIssued() {
        return issued;
    }

    public String getIssuedLabel() {
        return issuedLabel;
    }
}
