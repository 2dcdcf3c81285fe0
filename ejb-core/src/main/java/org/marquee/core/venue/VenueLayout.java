package org.marquee.core.venue;

import java.util.List;

/** What the layout tool shows of a venue: its sections and the floor plan already drawn. */
public record VenueLayout(
        long id, String name, String slug, int capacity, List<SectionRow> sections, String floorPlanSvg) {

    public VenueLayout {
        sections = List.copyOf(sections);
    }

    public List<SectionRow> seatedSections() {
        return sections.stream().filter(SectionRow::seated).toList();
    }
}
