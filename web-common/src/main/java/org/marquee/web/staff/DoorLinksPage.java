package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.marquee.core.catalog.StaffSessionView;
import org.marquee.core.catalog.StaffSessions;
import org.marquee.core.checkin.DoorTokenView;
import org.marquee.core.checkin.DoorTokens;
import org.marquee.core.checkin.IssuedDoorToken;
import org.marquee.core.identity.NotInScope;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * The door links of one session ({@code doors.xhtml?session=<id>}): owners make a link for hired
 * door staff (a name, from and until, typed in the venue's time zone), see it and its QR once,
 * and revoke links; every member sees the list with the devices that used each link and when.
 */
@Named
@ViewScoped
public class DoorLinksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DoorTokens tokens;

    @EJB
    private StaffSessions sessions;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private Long sessionId;
    private StaffSessionView session;
    private List<DoorTokenView> links;
    private String label;
    private LocalDateTime validFrom;
    private LocalDateTime validUntil;
    private IssuedDoorToken issued;

    public void load() {
        if (sessionId == null) {
            Responses.notFound();
            return;
        }
        try {
            session = sessions.details(staffPanel.kind(), sessionId);
            currentTeam.follow(sessions.teamsOf(staffPanel.kind(), sessionId));
            links = tokens.list(staffPanel.kind(), sessionId);
            if (validFrom == null) {
                // The evening of the show by default: from two hours before the start to its end.
                validFrom = session.localStart().minusHours(2).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
                validUntil = session.localEnd().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
            }
        } catch (NotInScope refused) {
            Responses.notFound();
        }
    }

    public String create() {
        try {
            ZoneId zone = session.timeZone();
            issued = tokens.create(
                    staffPanel.kind(),
                    sessionId,
                    label,
                    validFrom == null ? null : ZonedDateTime.of(validFrom, zone).toInstant(),
                    validUntil == null
                            ? null
                            : ZonedDateTime.of(validUntil, zone).toInstant());
            links = tokens.list(staffPanel.kind(), sessionId);
            label = null;
            Messages.info("door.links.created");
        } catch (DomainException refused) {
            Messages.error(refused);
        }
        return null;
    }

    public String revoke(long tokenId) {
        try {
            tokens.revoke(staffPanel.kind(), tokenId);
            links = tokens.list(staffPanel.kind(), sessionId);
            Messages.info("door.links.revoked");
        } catch (DomainException refused) {
            Messages.error(refused);
        }
        return null;
    }

    /** A time of the session's venue, for the table. */
    public ZonedDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(session.timeZone());
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public StaffSessionView getSession() {
        return session;
    }

    public List<DoorTokenView> getLinks() {
        return links;
    }

    public IssuedDoorToken getIssued() {
        return issued;
    }

    public boolean isOwner() {
        return currentTeam.isOwner();
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
}
