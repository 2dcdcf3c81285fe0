package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.payment.CancellationProgress;
import org.marquee.core.payment.Cancellations;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;

/**
 * Cancelling a session or an event from its admin page, after a confirmation, and the progress of
 * its orders (refunded, cancelled, waiting), refreshed while it runs.
 */
@Named
@ViewScoped
public class CancellationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Cancellations cancellations;

    private Long sessionId;
    private Long eventId;
    private CancellationProgress progress;

    public void forSession(Long id) {
        sessionId = id;
        refresh();
    }

    public void forEvent(Long id) {
        eventId = id;
        refresh();
    }

    public void refresh() {
        if (sessionId != null) {
            progress = cancellations.ofSession(sessionId).orElse(null);
        } else if (eventId != null) {
            progress = cancellations.ofEvent(eventId).orElse(null);
        }
    }

    public String cancel() {
        try {
            if (sessionId != null) {
                cancellations.cancelSession(sessionId);
                Messages.flashInfo("cancellation.started");
                return "session.xhtml?id=" + sessionId + "&faces-redirect=true";
            }
            cancellations.cancelEvent(eventId);
            Messages.flashInfo("cancellation.started");
            return "event.xhtml?id=" + eventId + "&faces-redirect=true";
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public CancellationProgress getProgress() {
        return progress;
    }
}
