package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.waitingroom.RoomSettings;
import org.marquee.core.waitingroom.WaitingRooms;
import org.marquee.web.Messages;

/**
 * A session's waiting room on the admin's and the staff panels' session page: whether it is on,
 * the rate and the admission's length, with how many wait and were admitted. Admins and the owners
 * of the session's venue change it; everyone else who sees the session sees it only.
 */
@Named
@ViewScoped
public class WaitingRoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WaitingRooms rooms;

    private Long sessionId;
    private boolean editable;
    private boolean enabled;
    private int admitPerMinute;
    private int admissionMinutes;
    private long waiting;
    private long admitted;
    private boolean exists;

    /** The view action of the session page. */
    public void forSession(Long id) {
        sessionId = id;
        if (id == null) {
            return;
        }
        editable = rooms.canConfigure(id);
        refresh();
    }

    private void refresh() {
        RoomSettings settings = RoomSettings.PROPOSED;
        exists = false;
        waiting = 0;
        admitted = 0;
        var figures = rooms.figures(sessionId);
        if (figures.isPresent()) {
            exists = true;
            settings = figures.get().settings();
            waiting = figures.get().waiting();
            admitted = figures.get().admitted();
        }
        enabled = settings.enabled();
        admitPerMinute = settings.admitPerMinute();
        admissionMinutes = settings.admissionMinutes();
    }

    public void save() {
        try {
            RoomSettings settings =
                    InvalidInput.check(() -> new RoomSettings(enabled, admitPerMinute, admissionMinutes));
            rooms.configure(sessionId, settings);
            Messages.info(enabled ? "waitingRoom.saved.on" : "waitingRoom.saved.off");
            refresh();
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
    }

    /** Whether to show the card: a room exists, or the caller may set one up. */
    public boolean isVisible() {
        return sessionId != null && (exists || editable);
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getAdmitPerMinute() {
        return admitPerMinute;
    }

    public void setAdmitPerMinute(int admitPerMinute) {
        this.admitPerMinute = admitPerMinute;
    }

    public int getAdmissionMinutes() {
        return admissionMinutes;
    }

    public void setAdmissionMinutes(int admissionMinutes) {
        this.admissionMinutes = admissionMinutes;
    }

    public long getWaiting() {
        return waiting;
    }

    public long getAdmitted() {
        return admitted;
    }

    public int getMaxRate() {
        return RoomSettings.MAX_RATE;
    }

    public int getMaxAdmissionMinutes() {
        return RoomSettings.MAX_ADMISSION_MINUTES;
    }
}
