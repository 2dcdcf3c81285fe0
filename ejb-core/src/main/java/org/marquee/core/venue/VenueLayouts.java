package org.marquee.core.venue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.Settings;

/**
 * The layout tool's use cases: the plan as drawn, sections added from the forms' drafts (seated
 * ones generated from seat rows), a preview of generated rows before they are saved, and the
 * seat editor's lookups. Prices are in the platform's default currency.
 */
@Stateless
@PermitAll // reads are public; each change names its role below
public class VenueLayouts {

    /** The key of the previewed section on a plan; no stored section has a key that is not a number. */
    public static final String PREVIEW_KEY = "preview";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Venues venues;

    @EJB
    private Settings settings;

    /** The venue's sections and its plan, every seat read in one query. */
    public VenueLayout layout(long venueId) {
        Venue venue = venues.find(venueId);
        FloorPlan plan = venues.floorPlan(venue);
        Map<String, PlanSection> drawn =
                plan.sections().stream().collect(Collectors.toMap(PlanSection::key, Function.identity()));
        List<SectionRow> sections = venue.sections().stream()
                .map(section -> new SectionRow(
                        section.id(),
                        section.name(),
                        section.kind(),
                        section.capacity(),
                        drawn.get(String.valueOf(section.id())).seats().size(),
                        section.startingPrice()))
                .toList();
        return new VenueLayout(
                venue.id(), venue.name(), venue.slug(), venue.capacity(), sections, FloorPlanSvg.render(plan));
    }

    /** The venue's plan with the draft's seats drawn in, saving nothing. */
    public String preview(long venueId, SeatedSectionDraft draft) {
        Venue venue = venues.find(venueId);
        List<SeatSpec> seats = generate(draft);
        Placement area = InvalidInput.check(() -> draft.area(seats));
        List<PlanSeat> planSeats = new ArrayList<>(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            SeatSpec seat = seats.get(i);
            planSeats.add(PlanSeat.of(PREVIEW_KEY + "-" + i, seat.rowLabel(), seat.number(), seat.placement()));
        }
        String name = draft.getName() == null || draft.getName().isBlank() ? "?" : draft.getName();
        FloorPlan plan = venues.floorPlan(venue);
        List<PlanSection> sections = new ArrayList<>(plan.sections());
        sections.add(PlanSection.seated(PREVIEW_KEY, name, area, planSeats));
        return FloorPlanSvg.render(new FloorPlan(plan.venueName(), sections));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Section addStandingSection(long venueId, StandingSectionDraft draft) {
        Money price = price(venueId, draft.getStartingPrice());
        int capacity = InvalidInput.check(draft::capacity);
        Placement area = InvalidInput.check(() -> draft.getArea().toPlacement());
        return venues.addStandingSection(venueId, draft.getName(), capacity, price, area);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Section addSeatedSection(long venueId, SeatedSectionDraft draft) {
        Money price = price(venueId, draft.getStartingPrice());
        List<SeatSpec> seats = generate(draft);
        Placement area = InvalidInput.check(() -> draft.area(seats));
        return venues.addSeatedSection(venueId, draft.getName(), price, area, seats);
    }

    /** A seat of the venue picked on its plan; empty for a seat of another venue. */
    public Optional<SeatView> seat(long venueId, long seatId) {
        return Optional.ofNullable(em.find(Seat.class, seatId))
                .filter(seat -> seat.section().venue().id() == venueId)
                .map(SeatView::of);
    }

    /** The seat with this row and number in a section of the venue, for staff who pick it without the plan. */
    public Optional<SeatView> findSeat(long venueId, long sectionId, String rowLabel, int number) {
        return em.createQuery(
                        "select s from Seat s where s.section.id = :section and s.section.venue.id = :venue"
                                + " and upper(s.rowLabel) = upper(:row) and s.number = :number",
                        Seat.class)
                .setParameter("section", sectionId)
                .setParameter("venue", venueId)
                .setParameter("row", rowLabel == null ? "" : rowLabel.strip())
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(SeatView::of);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public SeatView flagSeat(long seatId, boolean disabled, boolean wheelchair, boolean companion) {
        return SeatView.of(venues.flagSeat(seatId, disabled, wheelchair, companion));
    }

    /** The draft's seats; a block past the section limit is refused before a seat is made. */
    private static List<SeatSpec> generate(SeatedSectionDraft draft) {
        if (draft.seatCount() > Section.MAX_SEATS) {
            throw new TooManySeats(draft.seatCount());
        }
        return InvalidInput.check(() -> draft.toPlan().generate());
    }

    /** A starting price in the venue's currency (its country's, see {@link Venue#currency}). */
    private Money price(long venueId, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInput("A starting price is required");
        }
        String currency = venues.find(venueId).currency(settings.current().defaultCurrency());
        return InvalidInput.check(() -> Money.of(amount, currency));
    }
}
