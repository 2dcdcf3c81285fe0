package org.marquee.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.catalog.VenueDeletion;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.core.venue.RowLabels;
import org.marquee.core.venue.SeatNumbering;
import org.marquee.core.venue.SeatView;
import org.marquee.core.venue.SeatedSectionDraft;
import org.marquee.core.venue.SectionRow;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.StandingSectionDraft;
import org.marquee.core.venue.TooManySeats;
import org.marquee.core.venue.VenueLayout;
import org.marquee.core.venue.VenueLayouts;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * The layout tool of one venue: its plan, its sections, the forms that add standing and
 * generated seated sections (with a preview that saves nothing), and the seat editor, reached by
 * clicking a seat on the plan or by finding it by section, row and number.
 */
@Named("venueLayout")
@ViewScoped
public class VenueLayoutEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VenueLayouts layouts;

    @EJB
    private VenueDeletion deletion;

    @EJB
    private SessionSales sales;

    private Long id;
    private VenueLayout layout;
    private long sessionsOnSale;
    private final StandingSectionDraft standing = new StandingSectionDraft();
    private final SeatedSectionDraft seated = new SeatedSectionDraft();
    private String previewSvg;

    private Long findSectionId;
    private String findRow;
    private Integer findNumber;
    private SeatView seat;
    private boolean seatDisabled;
    private boolean seatWheelchair;
    private boolean seatCompanion;

    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        try {
            layout = layouts.layout(id);
            sessionsOnSale = sales.openAt(id);
        } catch (NotFound missing) {
            Responses.notFound();
        }
    }

    public String addStanding() {
        try {
            layouts.addStandingSection(id, standing);
            Messages.flashInfo("admin.saved", standing.getName());
            return reload();
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public String addSeated() {
        try {
            layouts.addSeatedSection(id, seated);
            Messages.flashInfo("admin.saved", seated.getName());
            return reload();
        } catch (TooManySeats refusal) {
            tooManySeats(refusal);
            return null;
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** Draws the seated draft into the plan without saving it. */
    public void preview() {
        try {
            previewSvg = layouts.preview(id, seated);
        } catch (TooManySeats refusal) {
            previewSvg = null;
            tooManySeats(refusal);
        } catch (DomainException refusal) {
            previewSvg = null;
            Messages.error(refusal);
        }
    }

    private static void tooManySeats(TooManySeats refusal) {
        Messages.error("seated:seatsPerRow", refusal.messageKey(), refusal.arguments());
    }

    public String deleteSection(SectionRow section) {
        try {
            deletion.deleteSection(section.id());
            Messages.flashInfo("admin.deleted", section.name());
            return reload();
        } catch (DomainException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    /** Called by the plan's script with the clicked seat's key (its id). */
    public void selectSeat() {
        String key = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("seat");
        if (key == null || !key.matches("\\d{1,18}")) {
            return;
        }
        layouts.seat(id, Long.parseLong(key)).ifPresent(this::edit);
    }

    public void findSeat() {
        layouts.findSeat(id, findSectionId, findRow, findNumber).ifPresentOrElse(this::edit, () -> {
            seat = null;
            Messages.error("seat-form:findRow", "admin.layout.seat.notFound", findRow, findNumber);
        });
    }

    private void edit(SeatView picked) {
        seat = picked;
        seatDisabled = picked.disabled();
        seatWheelchair = picked.wheelchair();
        seatCompanion = picked.companion();
        findSectionId = picked.sectionId();
        findRow = picked.rowLabel();
        findNumber = picked.number();
    }

    public void saveSeat() {
        try {
            seat = layouts.flagSeat(seat.id(), seatDisabled, seatWheelchair, seatCompanion);
            layout = layouts.layout(id);
            Messages.info("admin.layout.seat.saved", seat.rowLabel(), seat.number(), seat.sectionName());
        } catch (DomainException refusal) {
            Messages.error(refusal);
        }
    }

    private String reload() {
        return "venue-layout.xhtml?faces-redirect=true&id=" + id;
    }

    public Shape[] getShapes() {
        return Shape.values();
    }

    public RowLabels.Scheme[] getRowLabelSchemes() {
        return RowLabels.Scheme.values();
    }

    public SeatNumbering[] getNumberings() {
        return SeatNumbering.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Sessions at this venue whose sales are open: what the page changes reaches them at once. */
    public long getSessionsOnSale() {
        return sessionsOnSale;
    }

    public VenueLayout getLayout() {
        return layout;
    }

    public StandingSectionDraft getStanding() {
        return standing;
    }

    public SeatedSectionDraft getSeated() {
        return seated;
    }

    public String getPreviewSvg() {
        return previewSvg;
    }

    public Long getFindSectionId() {
        return findSectionId;
    }

    public void setFindSectionId(Long findSectionId) {
        this.findSectionId = findSectionId;
    }

    public String getFindRow() {
        return findRow;
    }

    public void setFindRow(String findRow) {
        this.findRow = findRow;
    }

    public Integer getFindNumber() {
        return findNumber;
    }

    public void setFindNumber(Integer findNumber) {
        this.findNumber = findNumber;
    }

    public SeatView getSeat() {
        return seat;
    }

    public boolean isSeatDisabled() {
        return seatDisabled;
    }

    public void setSeatDisabled(boolean seatDisabled) {
        this.seatDisabled = seatDisabled;
    }

    public boolean isSeatWheelchair() {
        return seatWheelchair;
    }

    public void setSeatWheelchair(boolean seatWheelchair) {
        this.seatWheelchair = seatWheelchair;
    }

    public boolean isSeatCompanion() {
        return seatCompanion;
    }

    public void setSeatCompanion(boolean seatCompanion) {
        this.seatCompanion = seatCompanion;
    }
}
