package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.platform.DomainException;
import org.marquee.core.waitingroom.QueueStatus;
import org.marquee.core.waitingroom.WaitingRooms;
import org.marquee.web.Responses;

/**
 * The waiting room's page ({@code queue.xhtml?session=<id>}): the session, where this browser's
 * ticket stands, and the way on. The page's script asks {@link QueueResource} every few seconds and
 * goes on to the checkout by itself when the turn comes; without a script the page says the same
 * and a button asks again.
 */
@Named
@RequestScoped
public class QueuePage {

    @EJB
    private WaitingRooms rooms;

    @EJB
    private SessionOffers offers;

    @Inject
    private ExternalContext external;

    private Long session;
    private SessionOffer offer;
    private QueueStatus status;

    /** The view action: an unknown session, or one that buyers cannot see, is the 404 page. */
    public void load() {
        if (session == null) {
            Responses.notFound();
            return;
        }
        try {
            offer = offers.offer(session);
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            status = rooms.status(session, QueueCookies.ticket(request, session));
            if (status.admission() != null) {
                QueueCookies.keepAdmission(
                        request, (HttpServletResponse) external.getResponse(), session, status.admission());
            }
        } catch (DomainException e) {
            Responses.notFound();
        }
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public SessionOffer getOffer() {
        return offer;
    }

    public QueueStatus getStatus() {
        return status;
    }

    public ZonedDateTime getSalesStart() {
        return status.salesStart().atZone(offer.timeZone());
    }

    public ZonedDateTime getAdmissionExpires() {
        return status.admissionExpires() == null
                ? null
                : status.admissionExpires().atZone(offer.timeZone());
    }

    /** The estimated wait in whole minutes, at least one. */
    public long getWaitMinutes() {
        return Math.max(1, (status.waitSeconds() + 59) / 60);
    }

    public long getNow() {
        return Instant.now().toEpochMilli();
    }
}
