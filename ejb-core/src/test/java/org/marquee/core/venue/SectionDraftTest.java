package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionDraftTest {

    @Test
    void aPlacementDraftBecomesThePlacementTyped() {
        PlacementDraft draft = new PlacementDraft(10, 20, 90, Shape.ELLIPSE, 300, 200);

        assertEquals(new Placement(10, 20, 90, Shape.ELLIPSE, 300, 200), draft.toPlacement());
    }

    @Test
    void aPlacementDraftNamesWhatIsMissingOrWrong() {
        PlacementDraft draft = new PlacementDraft();
        draft.setWidth(null);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, draft::toPlacement);
        assertEquals("The width is required", missing.getMessage());

        draft.setWidth(-5.0);
        assertThrows(IllegalArgumentException.class, draft::toPlacement);

        draft.setWidth(5.0);
        draft.setShape(null);
        assertThrows(IllegalArgumentException.class, draft::toPlacement);
    }

    @Test
    void aStandingDraftNeedsACapacity() {
        StandingSectionDraft draft = new StandingSectionDraft();

        assertThrows(IllegalArgumentException.class, draft::capacity);
        draft.setCapacity(250);
        assertEquals(250, draft.capacity());
    }

    @Test
    void aSeatedDraftStartsFromTheBuildersDefaultsForItsRows() {
        SeatedSectionDraft draft = new SeatedSectionDraft();
        draft.setRows(3);
        draft.setSeatsPerRow(4);

        SeatRowPlan plan = draft.toPlan();

        assertEquals(12, draft.seatCount());
        assertEquals(SeatRowPlan.builder(3, 4).origin(0, 1600).build().generate(), plan.generate());
    }

    @Test
    void aSeatedDraftPassesEveryParameterToThePlan() {
        SeatedSectionDraft draft = new SeatedSectionDraft();
        draft.setRows(2);
        draft.setSeatsPerRow(6);
        draft.setOriginX(100.0);
        draft.setOriginY(200.0);
        draft.setSeatWidth(40.0);
        draft.setSeatHeight(45.0);
        draft.setSeatSpacing(60.0);
        draft.setRowSpacing(80.0);
        draft.setRotation(15.0);
        draft.setFrontRowRadius(1000.0);
        draft.setRowLabelScheme(RowLabels.Scheme.NUMBERS);
        draft.setFirstRowLabel("7");
        draft.setNumbering(SeatNumbering.ODD_EVEN);
        draft.setFirstSeatNumber(1);
        draft.setSeatShape(Shape.ELLIPSE);

        List<SeatSpec> seats = draft.toPlan().generate();

        assertEquals(
                SeatRowPlan.builder(2, 6)
                        .origin(100, 200)
                        .seatSize(40, 45)
                        .spacing(60, 80)
                        .rotation(15)
                        .frontRowRadius(1000)
                        .rowLabels(new RowLabels(RowLabels.Scheme.NUMBERS, "7"))
                        .numbering(SeatNumbering.ODD_EVEN, 1)
                        .seatShape(Shape.ELLIPSE)
                        .build()
                        .generate(),
                seats);
        assertEquals("8", seats.get(11).rowLabel());
    }

    @Test
    void aSeatedDraftWithMissingOrBadNumbersIsRefusedByThePlan() {
        SeatedSectionDraft draft = new SeatedSectionDraft();
        draft.setRows(null);
        assertEquals(0, draft.seatCount());
        assertThrows(IllegalArgumentException.class, draft::toPlan);

        draft.setRows(0);
        assertThrows(IllegalArgumentException.class, draft::toPlan);

        draft.setRows(5);
        draft.setSeatSpacing(10.0);
        assertThrows(IllegalArgumentException.class, draft::toPlan, "seats would overlap");

        draft.setSeatSpacing(55.0);
        draft.setNumbering(null);
        assertThrows(IllegalArgumentException.class, draft::toPlan);
    }

    @Test
    void aFittedAreaHoldsEverySeatWithAMargin() {
        SeatedSectionDraft draft = new SeatedSectionDraft();
        draft.setRotation(30.0);
        List<SeatSpec> seats = draft.toPlan().generate();

        Placement area = draft.area(seats);

        PlanBounds seatBounds = new PlanBounds();
        seats.forEach(seat -> seatBounds.include(seat.placement()));
        double margin = SeatedSectionDraft.FIT_MARGIN;
        assertEquals(seatBounds.minX() - margin, area.x() - area.width() / 2, 1e-9);
        assertEquals(seatBounds.maxX() + margin, area.x() + area.width() / 2, 1e-9);
        assertEquals(seatBounds.minY() - margin, area.y() - area.height() / 2, 1e-9);
        assertEquals(seatBounds.maxY() + margin, area.y() + area.height() / 2, 1e-9);
        assertEquals(0, area.rotation());
        assertEquals(Shape.ROUNDED, area.shape());
    }

    @Test
    void anAreaNotFittedIsTheOneTyped() {
        SeatedSectionDraft draft = new SeatedSectionDraft();
        draft.setFitArea(false);
        draft.getArea().setX(5.0);
        draft.getArea().setY(6.0);
        draft.getArea().setRotation(45.0);
        draft.getArea().setShape(Shape.RECTANGLE);
        draft.getArea().setWidth(700.0);
        draft.getArea().setHeight(500.0);

        Placement area = draft.area(draft.toPlan().generate());

        assertEquals(new Placement(5, 6, 45, Shape.RECTANGLE, 700, 500), area);
        assertTrue(draft.seatCount() > 0);
    }
}
