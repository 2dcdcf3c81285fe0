package org.marquee.core.venue;

import static org.marquee.core.venue.SvgMarkup.number;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link FloorPlan} as a standalone inline {@code <svg>} element for the public venue
 * page and the checkout seat map. The markup carries classes and data attributes only; colours
 * and the behaviour on click belong to the page's CSS and script.
 *
 * <p>Sections are {@code <g class="mq-section mq-standing|mq-seated" data-section="key">} holding
 * the section's area, its seats and its label. Seats carry {@code mq-seat}, {@code
 * mq-seat-disabled}, {@code mq-seat-wheelchair}, {@code mq-seat-companion} and {@code
 * mq-seat-<state>} classes, {@code data-seat}, {@code data-row} and {@code data-number}, and a
 * title read out by screen readers. The viewBox fits everything drawn plus a margin.
 */
public final class FloorPlanSvg {

    /** Room around the outermost shapes so strokes and focus outlines are not cut off. */
    private static final double MARGIN = 20;

    /** Labels are sized in plan units so they scale with the plan; about a seat high. */
    private static final double LABEL_SIZE = 36;

    private static final double LABEL_GAP = 12;

    /** A generous average glyph width as a share of the font size, to keep labels in the viewBox. */
    private static final double GLYPH_WIDTH = 0.6;

    private static final double MAX_CORNER = 30;

    /** Room between a seated section's outermost seats and the edge of its area. */
    private static final double AREA_PADDING = 15;

    private static final double STAGE_HEIGHT = 60;

    private static final double STAGE_GAP = 60;

    /** The seats' tooltips where no language is given: staff panels, which are in English. */
    static final String ENGLISH_SEAT = "Row {0}, seat {1}";

    private FloorPlanSvg() {}

    public static String render(FloorPlan plan) {
        return render(plan, null);
    }

    /**
     * The plan with the stage drawn in front of the hall (towards small y, where every row faces)
     * and labelled {@code stageLabel} in the reader's language; null draws no stage.
     */
    public static String render(FloorPlan plan, String stageLabel) {
        return render(plan, stageLabel, ENGLISH_SEAT);
    }

    /**
     * The same with each seat's tooltip in the reader's language: {@code seatTitle} is a
     * {@link MessageFormat} pattern of the row ({0}) and the number ({1}), "Reihe {0}, Platz {1}";
     * a blank one draws no tooltips (the checkout's seat map names its seats in its script, with
     * their section and price, and keeps 2,000 elements out of a large hall's page).
     */
    public static String render(FloorPlan plan, String stageLabel, String seatTitle) {
        MessageFormat seatTitles = seatTitle != null && seatTitle.isBlank()
                ? null
                : new MessageFormat(seatTitle == null ? ENGLISH_SEAT : seatTitle, Locale.ROOT);
        List<SectionLayout> sections =
                plan.sections().stream().map(SectionLayout::of).toList();
        PlanBounds all = new PlanBounds();
        sections.forEach(section -> all.include(section.bounds));
        if (all.isEmpty()) {
            all.include(0, 0, 0, 0);
        }
        double[] stage = null;
        if (stageLabel != null && !sections.isEmpty()) {
            // Sized with the hall, so that it reads as a stage in a large plan too.
            double depth = all.maxY() - all.minY();
            double width = Math.max((all.maxX() - all.minX()) / 2, 200);
            double height = Math.max(STAGE_HEIGHT, depth / 12);
            double top = all.minY() - Math.max(STAGE_GAP, depth / 12) - height;
            stage = new double[] {all.centreX() - width / 2, top, width, height};
            all.include(stage[0], stage[1], stage[0] + stage[2], stage[1] + stage[3]);
        }

        SvgMarkup svg = new SvgMarkup(512 + 160 * sections.size() + 320 * plan.seatCount());
        svg.open("svg")
                .attribute("xmlns", "http://www.w3.org/2000/svg")
                .attribute("class", "mq-floor-plan")
                .attribute("viewBox", viewBox(all))
                .attribute("role", "img")
                .attribute("aria-label", plan.venueName())
                .content()
                .textElement("title", plan.venueName());
        if (stage != null) {
            drawStage(svg, stage, stageLabel);
        }
        sections.forEach(section -> section.draw(svg, seatTitles));
        return svg.close("svg").toString();
    }

    private static void drawStage(SvgMarkup svg, double[] box, String label) {
        svg.open("g").attribute("class", "mq-stage").content();
        svg.open("rect")
                .attribute("class", "mq-stage-area")
                .attribute("x", box[0])
                .attribute("y", box[1])
                .attribute("width", box[2])
                .attribute("height", box[3])
                .attribute("rx", MAX_CORNER / 3)
                .closeEmpty();
        svg.open("text")
                .attribute("class", "mq-stage-label")
                .attribute("x", box[0] + box[2] / 2)
                .attribute("y", box[1] + box[3] / 2)
                .attribute("font-size", Math.max(LABEL_SIZE, box[3] / 2))
                .attribute("text-anchor", "middle")
                .attribute("dominant-baseline", "central")
                .content()
                .text(label)
                .close("text");
        svg.close("g");
    }

    private static String viewBox(PlanBounds bounds) {
        return number(bounds.minX() - MARGIN) + " " + number(bounds.minY() - MARGIN) + " "
                + number(bounds.maxX() - bounds.minX() + 2 * MARGIN) + " "
                + number(bounds.maxY() - bounds.minY() + 2 * MARGIN);
    }

    /**
     * A section with where its label goes: in the middle of an area without seats, above the
     * seats otherwise, where it hides none of them. Labels stay upright whatever the rotation.
     */
    private record SectionLayout(PlanSection section, Placement area, PlanBounds bounds, double labelX, double labelY) {

        static SectionLayout of(PlanSection section) {
            Placement area = areaAround(section);
            PlanBounds bounds = new PlanBounds();
            bounds.include(area);
            section.seats().forEach(seat -> bounds.include(seat.placement()));
            double halfLabel = GLYPH_WIDTH * LABEL_SIZE * section.name().length() / 2;
            double x = section.seats().isEmpty() ? section.placement().x() : bounds.centreX();
            double y = section.seats().isEmpty() ? section.placement().y() : bounds.minY() - LABEL_GAP - LABEL_SIZE / 2;
            bounds.include(x - halfLabel, y - LABEL_SIZE / 2, x + halfLabel, y + LABEL_SIZE / 2);
            return new SectionLayout(section, area, bounds, x, y);
        }

        /**
         * The section's area, grown to hold every seat where a layout put rows beyond it (an
         * unturned area only: a turned one keeps its shape), so no row is drawn outside its box.
         */
        private static Placement areaAround(PlanSection section) {
            Placement placement = section.placement();
            if (section.seats().isEmpty() || placement.rotation() != 0) {
                return placement;
            }
            PlanBounds seats = new PlanBounds();
            section.seats().forEach(seat -> seats.include(seat.placement()));
            double left = placement.x() - placement.width() / 2;
            double top = placement.y() - placement.height() / 2;
            double right = placement.x() + placement.width() / 2;
            double bottom = placement.y() + placement.height() / 2;
            if (seats.minX() >= left && seats.minY() >= top && seats.maxX() <= right && seats.maxY() <= bottom) {
                return placement;
            }
            left = Math.min(left, seats.minX() - AREA_PADDING);
            top = Math.min(top, seats.minY() - AREA_PADDING);
            right = Math.max(right, seats.maxX() + AREA_PADDING);
            bottom = Math.max(bottom, seats.maxY() + AREA_PADDING);
            return new Placement(
                    (left + right) / 2, (top + bottom) / 2, 0, placement.shape(), right - left, bottom - top);
        }

        void draw(SvgMarkup svg, MessageFormat titles) {
            svg.open("g")
                    .attribute("class", section.standing() ? "mq-section mq-standing" : "mq-section mq-seated")
                    .attribute("data-section", section.key())
                    .content();
            shape(svg, area).attribute("class", "mq-section-area").closeEmpty();
            section.seats().forEach(seat -> drawSeat(svg, seat, titles));
            svg.open("text")
                    .attribute("class", "mq-section-label")
                    .attribute("x", labelX)
                    .attribute("y", labelY)
                    .attribute("font-size", LABEL_SIZE)
                    .attribute("text-anchor", "middle")
                    .attribute("dominant-baseline", "central")
                    .content()
                    .text(section.name())
                    .close("text");
            svg.close("g");
        }
    }

    private static void drawSeat(SvgMarkup svg, PlanSeat seat, MessageFormat titles) {
        SvgMarkup drawn = shape(svg, seat.placement())
                .attribute("class", seatClasses(seat))
                .attribute("data-seat", seat.key())
                .attribute("data-row", seat.rowLabel())
                .attribute("data-number", String.valueOf(seat.number()));
        if (titles == null) {
            drawn.closeEmpty();
            return;
        }
        drawn.content()
                .textElement("title", titles.format(new Object[] {seat.rowLabel(), String.valueOf(seat.number())}))
                .close(tagOf(seat.placement().shape()));
    }

    private static String seatClasses(PlanSeat seat) {
        StringBuilder classes = new StringBuilder("mq-seat");
        if (seat.disabled()) {
            classes.append(" mq-seat-disabled");
        }
        if (seat.wheelchair()) {
            classes.append(" mq-seat-wheelchair");
        }
        if (seat.companion()) {
            classes.append(" mq-seat-companion");
        }
        if (seat.state() != null) {
            classes.append(" mq-seat-").append(seat.state());
        }
        return classes.toString();
    }

    /** Opens the element for a placement with its geometry; the caller adds attributes and closes it. */
    private static SvgMarkup shape(SvgMarkup svg, Placement placement) {
        double width = placement.width();
        double height = placement.height();
        svg.open(tagOf(placement.shape()));
        if (placement.shape() == Shape.ELLIPSE) {
            svg.attribute("cx", placement.x())
                    .attribute("cy", placement.y())
                    .attribute("rx", width / 2)
                    .attribute("ry", height / 2);
        } else {
            svg.attribute("x", placement.x() - width / 2)
                    .attribute("y", placement.y() - height / 2)
                    .attribute("width", width)
                    .attribute("height", height);
        }
        if (placement.shape() == Shape.ROUNDED) {
            // A fifth of the short side rounds a seat visibly; the cap keeps a hall from becoming a pill.
            svg.attribute("rx", Math.min(Math.min(width, height) / 5, MAX_CORNER));
        }
        if (placement.rotation() != 0) {
            svg.attribute(
                    "transform",
                    "rotate(" + number(placement.rotation()) + " " + number(placement.x()) + " " + number(placement.y())
                            + ")");
        }
        return svg;
    }

    private static String tagOf(Shape shape) {
        return shape == Shape.ELLIPSE ? "ellipse" : "rect";
    }
}
