package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FloorPlanSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void aPlanIsAStandaloneAccessibleSvgElement() {
        String svg = FloorPlanSvg.render(new FloorPlan("Sala Apolo", List.of(stalls())));
        Element root = parse(svg).getDocumentElement();

        assertTrue(svg.startsWith("<svg "), "no XML prolog, ready to inline in a page");
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Sala Apolo", root.getAttribute("aria-label"));
        assertEquals("title", firstChild(root).getLocalName());
        assertEquals("Sala Apolo", firstChild(root).getTextContent());
    }

    @Test
    void anEmptyPlanIsASmallValidSvg() {
        Element root = parse(FloorPlanSvg.render(new FloorPlan("Empty Hall", List.of())))
                .getDocumentElement();

        assertEquals("-20 -20 40 40", root.getAttribute("viewBox"));
        assertEquals(1, root.getChildNodes().getLength(), "only the title");
    }

    @Test
    void theViewBoxIsTheDrawingPlusAMargin() {
        PlanSection floor = PlanSection.standing("s1", "A", new Placement(100, 50, 0, Shape.RECTANGLE, 200, 100));
        PlanSection turned = PlanSection.standing("s2", "B", new Placement(0, 0, 90, Shape.ELLIPSE, 200, 100));

        assertEquals("-20 -20 240 140", viewBoxOf(new FloorPlan("V", List.of(floor))));
        assertEquals("-70 -120 140 240", viewBoxOf(new FloorPlan("V", List.of(turned))));
    }

    @Test
    void theViewBoxHoldsEveryTurnedShape() {
        List<PlanSeat> seats = seatsOf(SeatRowPlan.builder(6, 12)
                .origin(-400, 900)
                .rotation(-35)
                .frontRowRadius(700)
                .seatShape(Shape.ELLIPSE)
                .seatSize(45, 50)
                .build());
        FloorPlan plan = new FloorPlan(
                "Turned",
                List.of(
                        PlanSection.standing("pit", "Pit", new Placement(300, -200, 45, Shape.ROUNDED, 600, 120)),
                        PlanSection.standing("bar", "Bar", new Placement(900, 400, 120, Shape.ELLIPSE, 400, 90)),
                        PlanSection.seated(
                                "left", "Left", new Placement(-400, 1100, 325, Shape.RECTANGLE, 800, 600), seats)));

        double[] box = Arrays.stream(viewBoxOf(plan).split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();

        List<Placement> everything = new ArrayList<>();
        plan.sections().forEach(section -> {
            everything.add(section.placement());
            section.seats().forEach(seat -> everything.add(seat.placement()));
        });
        for (Placement placement : everything) {
            for (double[] point : outline(placement)) {
                assertTrue(point[0] >= box[0] && point[0] <= box[0] + box[2], placement + " fits across");
                assertTrue(point[1] >= box[1] && point[1] <= box[1] + box[3], placement + " fits down");
            }
        }
    }

    @Test
    void sectionsAreGroupsMarkedWithTheirKindAndKey() {
        PlanSection foyer = PlanSection.standing("sec-9", "Foyer", new Placement(0, 0, 0, Shape.ROUNDED, 300, 200));
        Document plan = parse(FloorPlanSvg.render(new FloorPlan("V", List.of(stalls(), foyer))));

        Element seated = byAttribute(plan, "data-section", "sec-1");
        Element standing = byAttribute(plan, "data-section", "sec-9");
        assertEquals("g", seated.getLocalName());
        assertEquals("mq-section mq-seated", seated.getAttribute("class"));
        assertEquals("mq-section mq-standing", standing.getAttribute("class"));
        assertEquals(
                "Foyer",
                byAttribute(plan, "class", "mq-section-label", standing).getTextContent());
        Element area = byAttribute(plan, "class", "mq-section-area", standing);
        assertEquals("rect", area.getLocalName());
        assertEquals("-150", area.getAttribute("x"));
        assertEquals("30", area.getAttribute("rx"), "corners capped for large areas");
    }

    @Test
    void seatsCarryTheirStateAsClassesAndTheirIdentityAsData() {
        Document plan = parse(FloorPlanSvg.render(new FloorPlan("V", List.of(stalls()))));

        Element plain = byAttribute(plan, "data-seat", "seat-1");
        Element special = byAttribute(plan, "data-seat", "seat-2");
        assertEquals("mq-seat", plain.getAttribute("class"));
        assertEquals(
                "mq-seat mq-seat-disabled mq-seat-wheelchair mq-seat-companion mq-seat-sold",
                special.getAttribute("class"));
        assertEquals("C", special.getAttribute("data-row"));
        assertEquals("12", special.getAttribute("data-number"));
        assertEquals("Row C, seat 12", firstChild(special).getTextContent());
        assertEquals("ellipse", special.getLocalName());
        assertEquals("rect", plain.getLocalName());
    }

    @Test
    void aSeatsTooltipIsInTheReadersLanguage() {
        Document plan =
                parse(FloorPlanSvg.render(new FloorPlan("V", List.of(stalls())), "BÜHNE", "Reihe {0}, Platz {1}"));

        assertEquals(
                "Reihe C, Platz 12",
                firstChild(byAttribute(plan, "data-seat", "seat-2")).getTextContent());
    }

    @Test
    void onlyTurnedShapesGetATransformAboutTheirCentre() {
        Document plan = parse(FloorPlanSvg.render(new FloorPlan("V", List.of(stalls()))));

        assertFalse(byAttribute(plan, "data-seat", "seat-1").hasAttribute("transform"));
        assertEquals(
                "rotate(30 60.5 -10.25)",
                byAttribute(plan, "data-seat", "seat-2").getAttribute("transform"));
    }

    @Test
    void hostileNamesAreEscapedAndComeBackUnchanged() {
        String venue = "Tom & Jerry's <\"Hall\"> ]]> &amp;";
        String section = "</text><script>alert(1)</script>";
        String key = "\" onclick=\"steal()";
        PlanSeat seat = PlanSeat.of("<seat>&", "Q'\"", 1, new Placement(0, 0, 0, Shape.ROUNDED, 50, 50));
        FloorPlan plan = new FloorPlan(
                venue,
                List.of(PlanSection.seated(
                        key, section, new Placement(0, 0, 0, Shape.RECTANGLE, 100, 100), List.of(seat))));

        Document parsed = parse(FloorPlanSvg.render(plan));

        Element root = parsed.getDocumentElement();
        assertEquals(venue, root.getAttribute("aria-label"));
        assertEquals(venue, firstChild(root).getTextContent());
        Element group = byAttribute(parsed, "data-section", key);
        assertFalse(group.hasAttribute("onclick"));
        assertEquals(
                section, byAttribute(parsed, "class", "mq-section-label", group).getTextContent());
        assertEquals(0, parsed.getElementsByTagNameNS("*", "script").getLength());
        Element drawnSeat = byAttribute(parsed, "data-seat", "<seat>&");
        assertEquals("Q'\"", drawnSeat.getAttribute("data-row"));
        assertEquals("Row Q'\", seat 1", firstChild(drawnSeat).getTextContent());
    }

    @Test
    void charactersXmlCannotCarryAreReplacedNotFatal() {
        String venue = "Bad\u0000\u0007 Hall\uD800 \tTab\nLine 🎭";

        Element root =
                parse(FloorPlanSvg.render(new FloorPlan(venue, List.of()))).getDocumentElement();

        assertEquals("Bad\uFFFD\uFFFD Hall\uFFFD \tTab\nLine 🎭", root.getAttribute("aria-label"));
    }

    @Test
    void numbersUseAPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            PlanSection hall = PlanSection.standing(
                    "s", "Saal", new Placement(1234.5678, 0.125, 12.5, Shape.RECTANGLE, 1000.5, 2000));

            String svg = FloorPlanSvg.render(new FloorPlan("Philharmonie", List.of(hall)));

            Element area = byAttribute(parse(svg), "class", "mq-section-area");
            assertEquals("734.32", area.getAttribute("x"));
            assertEquals("1000.5", area.getAttribute("width"));
            assertEquals("rotate(12.5 1234.57 0.13)", area.getAttribute("transform"));
            assertFalse(svg.matches("(?s).*\\d,\\d.*"), "no decimal commas");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLargeHallRendersEverySeat() {
        List<PlanSection> blocks = IntStream.range(0, 3)
                .mapToObj(block -> PlanSection.seated(
                        "block-" + block,
                        "Block " + block,
                        new Placement(block * 2000, 1000, 0, Shape.RECTANGLE, 1900, 2000),
                        seatsOf(SeatRowPlan.builder(20, 50)
                                .origin(block * 2000, 100)
                                .frontRowRadius(3000)
                                .build())))
                .toList();
        FloorPlan plan = new FloorPlan("Arena", blocks);

        Document parsed = parse(FloorPlanSvg.render(plan));

        assertEquals(3000, plan.seatCount());
        assertEquals(3000, elementsWithAttribute(parsed, "data-seat").size());
    }

    /** A seated section with a plain seat and a turned, flagged, sold one. */
    @Test
    void rowsBeyondTheirSectionsAreaGrowTheAreaToHoldThem() {
        // The front row's top edge at y = -80, above an area that starts at y = -50 (issue 12, item 11).
        PlanSeat front = PlanSeat.of("seat-f", "A", 1, new Placement(0, -60, 0, Shape.ROUNDED, 40, 40));
        PlanSeat back = PlanSeat.of("seat-b", "B", 1, new Placement(0, 0, 0, Shape.ROUNDED, 40, 40));
        PlanSection stalls = PlanSection.seated(
                "sec-1", "Stalls", new Placement(0, 0, 0, Shape.RECTANGLE, 200, 100), List.of(front, back));
        Element area = (Element) parse(FloorPlanSvg.render(new FloorPlan("V", List.of(stalls))))
                .getElementsByTagNameNS(SVG, "rect")
                .item(0);
        assertEquals("mq-section-area", area.getAttribute("class"));
        double top = Double.parseDouble(area.getAttribute("y"));
        double bottom = top + Double.parseDouble(area.getAttribute("height"));
        assertTrue(top <= -80, "the area's top " + top + " holds the front row");
        assertEquals(50, bottom, 0.001, "and keeps its own bottom edge");
        assertEquals(200, Double.parseDouble(area.getAttribute("width")), 0.001, "and its width");
    }

    @Test
    void theStageIsDrawnInFrontOfTheHallWhenLabelled() {
        FloorPlan plan = new FloorPlan("V", List.of(stalls()));
        assertEquals(
                0,
                parse(FloorPlanSvg.render(plan))
                                .getElementsByTagNameNS(SVG, "g")
                                .getLength()
                        - 1);
        Document staged = parse(FloorPlanSvg.render(plan, "Stage"));
        Element stage = (Element) staged.getElementsByTagNameNS(SVG, "g").item(0);
        assertEquals("mq-stage", stage.getAttribute("class"));
        assertEquals("Stage", stage.getTextContent().strip());
        Element area = (Element) stage.getElementsByTagNameNS(SVG, "rect").item(0);
        double stageBottom =
                Double.parseDouble(area.getAttribute("y")) + Double.parseDouble(area.getAttribute("height"));
        assertTrue(stageBottom < -50, "in front of (above) the stalls: " + stageBottom);
        String[] box = staged.getDocumentElement().getAttribute("viewBox").split(" ");
        assertTrue(Double.parseDouble(box[1]) < Double.parseDouble(area.getAttribute("y")), "inside the viewBox");
    }

    private static PlanSection stalls() {
        PlanSeat plain = PlanSeat.of("seat-1", "C", 11, new Placement(0, 0, 0, Shape.ROUNDED, 50, 50));
        PlanSeat special = new PlanSeat(
                "seat-2", "C", 12, new Placement(60.5, -10.25, 30, Shape.ELLIPSE, 50, 50), true, true, true, "sold");
        return PlanSection.seated(
                "sec-1", "Stalls", new Placement(30, 0, 0, Shape.RECTANGLE, 200, 100), List.of(plain, special));
    }

    private static List<PlanSeat> seatsOf(SeatRowPlan rows) {
        return rows.generate().stream()
                .map(seat -> PlanSeat.of(
                        rows.originX() + "/" + seat.rowLabel() + seat.number(),
                        seat.rowLabel(),
                        seat.number(),
                        seat.placement()))
                .toList();
    }

    /** Points on the edge of a placed shape: the corners of a rectangle, samples around an ellipse. */
    private static List<double[]> outline(Placement placement) {
        double turn = Math.toRadians(placement.rotation());
        List<double[]> local = new ArrayList<>();
        double a = placement.width() / 2;
        double b = placement.height() / 2;
        if (placement.shape() == Shape.ELLIPSE) {
            for (int degree = 0; degree < 360; degree += 5) {
                local.add(new double[] {a * Math.cos(Math.toRadians(degree)), b * Math.sin(Math.toRadians(degree))});
            }
        } else {
            local.addAll(
                    List.of(new double[] {-a, -b}, new double[] {a, -b}, new double[] {a, b}, new double[] {-a, b}));
        }
        return local.stream()
                .map(p -> new double[] {
                    placement.x() + p[0] * Math.cos(turn) - p[1] * Math.sin(turn),
                    placement.y() + p[0] * Math.sin(turn) + p[1] * Math.cos(turn)
                })
                .toList();
    }

    private static String viewBoxOf(FloorPlan plan) {
        return parse(FloorPlanSvg.render(plan)).getDocumentElement().getAttribute("viewBox");
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception notWellFormed) {
            throw new AssertionError("Not well-formed: " + notWellFormed.getMessage(), notWellFormed);
        }
    }

    private static Element firstChild(Element parent) {
        return (Element) parent.getFirstChild();
    }

    private static Element byAttribute(Document document, String name, String value) {
        return byAttribute(document, name, value, document.getDocumentElement());
    }

    private static Element byAttribute(Document document, String name, String value, Element within) {
        NodeList all = within.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute(name).equals(value)) {
                return element;
            }
        }
        throw new AssertionError("No element with " + name + "=" + value);
    }

    private static List<Element> elementsWithAttribute(Document document, String name) {
        NodeList all = document.getElementsByTagNameNS(SVG, "*");
        return IntStream.range(0, all.getLength())
                .mapToObj(i -> (Element) all.item(i))
                .filter(element -> element.hasAttribute(name))
                .toList();
    }
}
