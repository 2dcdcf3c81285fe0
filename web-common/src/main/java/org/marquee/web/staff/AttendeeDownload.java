package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.marquee.core.reporting.AttendeeExport;
import org.marquee.core.team.NotInScope;
import org.marquee.web.Responses;

/**
 * {@code attendees.xhtml?session=<id>}: the session's attendee list as a CSV download. A plain
 * GET, so that a link downloads it; a session outside the user's teams is the 404 page.
 */
@Named
@RequestScoped
public class AttendeeDownload {

    @EJB
    private AttendeeExport export;

    @Inject
    private StaffPanel staffPanel;

    private Long session;

    public void download() throws IOException {
        if (session == null) {
            Responses.notFound();
            return;
        }
        byte[] csv;
        try {
            csv = export.csv(staffPanel.kind(), session).getBytes(StandardCharsets.UTF_8);
        } catch (NotInScope refused) {
            Responses.notFound();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(csv.length);
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"attendees-session-" + session + ".csv\"");
        external.getResponseOutputStream().write(csv);
        faces.responseComplete();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }
}
